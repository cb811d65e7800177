import { z } from 'zod';

import { CountryCode } from './country-code';
import { DateOnly } from './date-only';
import { choiceError } from './choice-error';
import { optionalText, requiredText } from './text';

/** Sex as printed in travel documents. */
export const Sex = z.enum(['male', 'female'], { error: choiceError });
export type Sex = z.infer<typeof Sex>;

/** Kinds of identity document accepted for a crossing; each has its own rules. */
export const DocumentType = z.enum(
  ['passport', 'border_pass', 'border_resident_permit', 'vn_citizen_id', 'other'],
  { error: choiceError },
);
export type DocumentType = z.infer<typeof DocumentType>;

/** Document numbers are upper-case letters and digits, as printed (ICAO 9303 allows up to 9 in the MRZ, longer elsewhere). */
export const DocumentNumber = requiredText(20)
  .transform((value) => value.toUpperCase().replace(/\s+/g, ''))
  .pipe(z.string().regex(/^[A-Z0-9]{5,20}$/, { error: 'invalidDocumentNumber' }));

/**
 * Latin letters with their accents (Vietnamese included), separated by single spaces,
 * hyphens, apostrophes or dots. Travel documents print names in Latin script, and the
 * result PDF's font covers only Latin, so other scripts, emoji and control characters
 * (a right-to-left override, for one) are rejected rather than printed as empty boxes.
 */
const LATIN_NAME =
  /^\p{Script=Latin}[\p{Script=Latin}\p{M}]*(?:(?:[ '’.-]|\. )[\p{Script=Latin}\p{M}]+)*\.?$/u;

/** A traveller's full name as written in the travel document, with Vietnamese diacritics kept. */
export const PersonName = requiredText(100)
  .transform((name) => name.replace(/ {2,}/g, ' '))
  .pipe(z.string().regex(LATIN_NAME, { error: 'invalidName' }));

/**
 * A traveller's id within a declaration (a UUID), chosen by the client or else by the API. Ids
 * keep a traveller's photo with that person when companions are removed or reordered.
 */
export const TravellerId = z.uuid({ error: 'invalid' });

/** One person crossing the border: the lead traveller or a companion. */
export const Traveller = z.object({
  id: TravellerId.optional(),
  fullName: PersonName,
  sex: Sex,
  dateOfBirth: DateOnly,
  nationality: CountryCode,
  documentType: DocumentType,
  documentNumber: DocumentNumber,
  documentExpiryDate: DateOnly,
  /** Asked for where the document type's rules need it, such as a border pass with a limited validity. */
  documentIssueDate: DateOnly.optional(),
  /** The province the document is valid for, such as Ratanakiri on a border pass. */
  documentValidProvince: optionalText(100),
});
export type Traveller = z.infer<typeof Traveller>;
