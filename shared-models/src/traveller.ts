import { z } from 'zod';

import { CountryCode } from './country-code';
import { DateOnly } from './date-only';
import { requiredText } from './text';

/** Sex as printed in travel documents. */
export const Sex = z.enum(['male', 'female'], { error: 'invalidOption' });
export type Sex = z.infer<typeof Sex>;

/** Kinds of identity document accepted for a crossing; each has its own rules. */
export const DocumentType = z.enum(['passport', 'border_pass', 'border_resident_permit', 'other'], {
  error: 'invalidOption',
});
export type DocumentType = z.infer<typeof DocumentType>;

/** Document numbers are upper-case letters and digits, as printed (ICAO 9303 allows up to 9 in the MRZ, longer elsewhere). */
export const DocumentNumber = requiredText(20)
  .transform((value) => value.toUpperCase().replace(/\s+/g, ''))
  .pipe(z.string().regex(/^[A-Z0-9]{5,20}$/, { error: 'invalidDocumentNumber' }));

/** One person crossing the border: the lead traveller or a companion. */
export const Traveller = z.object({
  fullName: requiredText(100),
  sex: Sex,
  dateOfBirth: DateOnly,
  nationality: CountryCode,
  documentType: DocumentType,
  documentNumber: DocumentNumber,
  documentExpiryDate: DateOnly,
});
export type Traveller = z.infer<typeof Traveller>;
