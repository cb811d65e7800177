import { z } from 'zod';

import { TravellerDraft } from './crossing-declaration';
import { ExpectedVersion } from './officer-decision';
import { TravellerProfileInput } from './traveller-profile';

/**
 * A company's driver as entered: a traveller with every field and document rule of a
 * declaration's traveller, as for the applicant's saved travellers. An expired document is
 * accepted, because the declaration that names the driver checks it against the crossing date.
 */
export const BusinessDriverInput = TravellerProfileInput;
export type BusinessDriverInput = z.infer<typeof BusinessDriverInput>;

/** Body of `PUT .../drivers/:driverId`: the version last read, and the driver's new fields. */
export const BusinessDriverUpdate = z.object({
  version: ExpectedVersion,
  traveller: BusinessDriverInput,
});
export type BusinessDriverUpdate = z.infer<typeof BusinessDriverUpdate>;

/**
 * A company's driver as the API returns it. `traveller` is read with the draft schema, because
 * a driver saved before a traveller field was added lacks that field. `documentExpired` is
 * true when the document expired before today (local day in Asia/Ho_Chi_Minh).
 */
export const BusinessDriverView = z.object({
  id: z.string(),
  version: z.number().int(),
  traveller: TravellerDraft,
  documentExpired: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BusinessDriverView = z.infer<typeof BusinessDriverView>;
