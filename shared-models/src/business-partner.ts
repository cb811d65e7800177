import { z } from 'zod';

import { CountryCode } from './country-code';
import { ExpectedVersion } from './officer-decision';
import { requiredVisibleText } from './text';

/** A company's regular trading partner across the border, the counterpart of its declarations. */
export const BusinessPartnerInput = z.object({
  name: requiredVisibleText(200),
  address: requiredVisibleText(300),
  country: CountryCode,
});
export type BusinessPartnerInput = z.infer<typeof BusinessPartnerInput>;

/** Body of `PUT .../partners/:partnerId`: the version last read, and the partner's new fields. */
export const BusinessPartnerUpdate = BusinessPartnerInput.extend({ version: ExpectedVersion });
export type BusinessPartnerUpdate = z.infer<typeof BusinessPartnerUpdate>;

/** A trading partner as the API returns it. */
export const BusinessPartnerView = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  address: z.string(),
  country: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BusinessPartnerView = z.infer<typeof BusinessPartnerView>;

/** Query of every `DELETE` of a company's vehicle, driver or partner: the version last read. */
export const BusinessRecordDeletion = z.object({
  version: z.coerce.number({ error: 'required' }).pipe(ExpectedVersion),
});
export type BusinessRecordDeletion = z.infer<typeof BusinessRecordDeletion>;
