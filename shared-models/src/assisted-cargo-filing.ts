import { z } from 'zod';

import { counterFilingFields } from './assisted-filing';
import { AttachmentType } from './cargo-attachment';
import { CargoDeclarationDraft } from './cargo-declaration';
import { draftField } from './crossing-declaration';
import { TaxCode } from './tax-code';
import { requiredVisibleText } from './text';

/** The declaring company of a truck filed at the counter, as the officer types it from its papers. */
export const CounterCompany = z.object({
  taxCode: TaxCode,
  name: requiredVisibleText(200),
});
export type CounterCompany = z.infer<typeof CounterCompany>;

/** The company of a counter filing before the completeness check: a filled field must be valid. */
export const CounterCompanyDraft = z.object({
  taxCode: draftField(TaxCode),
  name: draftField(CounterCompany.shape.name),
});
export type CounterCompanyDraft = z.infer<typeof CounterCompanyDraft>;

/**
 * A consignment (one truck crossing) that an officer files at the counter for a truck that
 * arrived without a declaration. It has the portal's cargo fields except the planned arrival,
 * which is the moment of filing, plus the declaring company typed from its papers, the paper
 * documents the officer has checked in place of the portal's attachments, and the counter's
 * contact and portraits. The API checks it as the portal's cargo submission does.
 */
export const AssistedCargoFilingRequest = CargoDeclarationDraft.omit({ plannedArrivalAt: true }).extend({
  kind: z.literal('cargo', { error: 'invalidOption' }),
  company: draftField(CounterCompanyDraft),
  documentsSighted: z
    .array(AttachmentType)
    .max(AttachmentType.options.length, { error: 'tooBig' })
    .default([]),
  ...counterFilingFields,
});
export type AssistedCargoFilingRequest = z.infer<typeof AssistedCargoFilingRequest>;
