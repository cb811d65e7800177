import { z } from 'zod';

import { choiceError } from './choice-error';
import { CountryCode } from './country-code';
import { DocumentType } from './traveller';

/** The format check of a document number beyond letters and digits: a passport's length, or a CCCD's digits. */
export const DocumentNumberFormat = z.enum(['generic', 'passport', 'cccd'], { error: choiceError });
export type DocumentNumberFormat = z.infer<typeof DocumentNumberFormat>;

/**
 * The province rule of a document at a gate. `facing_province` accepts only the province across
 * the border, as on a border pass. `gate_provinces` accepts the gate's own province or the facing
 * one, as on a border-resident permit, which residents on both sides hold.
 */
export const ValidProvinceRule = z.enum(['none', 'facing_province', 'gate_provinces'], {
  error: choiceError,
});
export type ValidProvinceRule = z.infer<typeof ValidProvinceRule>;

/** A number of whole months in a rule, or null when the rule does not apply. */
const monthsOrNull = z
  .number({ error: 'invalidNumber' })
  .int({ error: 'invalidNumber' })
  .min(1, { error: 'invalidNumber' })
  .max(120, { error: 'tooBig' })
  .nullable();

/** The rules of a document type that an administrator can change. */
const ruleFields = {
  numberFormat: DocumentNumberFormat,
  /** A warning, never an error, when the document expires less than this many months after the crossing. */
  expiryWarningMonths: monthsOrNull,
  /** The maximum period from issue to expiry that the document can have. */
  maxValidityMonths: monthsOrNull,
  /** The traveller must give the issue date. */
  requiresIssueDate: z.boolean({ error: 'required' }),
  validProvinceRule: ValidProvinceRule,
  /** Nationalities that may hold the document, or null for any nationality. */
  allowedNationalities: z
    .array(CountryCode, { error: 'invalidType' })
    .max(20, { error: 'tooBig' })
    .transform((codes) => [...new Set(codes)])
    .nullable(),
};

/** A document type with its names and rules, as the reference endpoints return it. */
export const DocumentTypeRules = z.object({
  code: DocumentType,
  nameVi: z.string(),
  nameEn: z.string(),
  ...ruleFields,
  /** A traveller holding this document must upload a portrait photo before submitting. */
  photoRequired: z.boolean(),
});
export type DocumentTypeRules = z.infer<typeof DocumentTypeRules>;

/**
 * Body of the administrator's change of a document type's rules. The names are not part of it:
 * the apps name document types from their translation files, and the seed keeps the stored names.
 */
export const DocumentTypeRulesUpdate = z
  .strictObject({
    ...ruleFields,
    /** Whether travellers must upload a portrait photo; left unchanged when absent. */
    photoRequired: z.boolean({ error: 'required' }).optional(),
  })
  .superRefine((rules, context) => {
    // A validity period is counted from the issue date, so the date must be asked for.
    if (rules.maxValidityMonths !== null && !rules.requiresIssueDate) {
      context.addIssue({
        code: 'custom',
        path: ['requiresIssueDate'],
        message: 'issueDateNeededForValidity',
      });
    }
  });
export type DocumentTypeRulesUpdate = z.infer<typeof DocumentTypeRulesUpdate>;
