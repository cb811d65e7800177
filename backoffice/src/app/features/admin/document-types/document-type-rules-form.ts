import { FormControl, FormGroup } from '@angular/forms';
import type { DocumentNumberFormat, DocumentTypeRules, ValidProvinceRule } from '@smartgate/shared-models';

export const NUMBER_FORMATS: readonly DocumentNumberFormat[] = ['generic', 'passport', 'cccd'];

export const VALID_PROVINCE_RULES: readonly ValidProvinceRule[] = [
  'none',
  'facing_province',
  'gate_provinces',
];

/** The edit form of a document type's rules. Months and nationalities are typed as text. */
export type DocumentTypeRulesForm = FormGroup<{
  numberFormat: FormControl<DocumentNumberFormat>;
  expiryWarningMonths: FormControl<string>;
  maxValidityMonths: FormControl<string>;
  requiresIssueDate: FormControl<boolean>;
  validProvinceRule: FormControl<ValidProvinceRule>;
  allowedNationalities: FormControl<string>;
  photoRequired: FormControl<boolean>;
}>;

function monthsText(months: number | null): string {
  return months === null ? '' : String(months);
}

/** Builds the edit form filled with a document type's current rules. */
export function createRulesForm(rules: DocumentTypeRules): DocumentTypeRulesForm {
  return new FormGroup({
    numberFormat: new FormControl(rules.numberFormat, { nonNullable: true }),
    expiryWarningMonths: new FormControl(monthsText(rules.expiryWarningMonths), { nonNullable: true }),
    maxValidityMonths: new FormControl(monthsText(rules.maxValidityMonths), { nonNullable: true }),
    requiresIssueDate: new FormControl(rules.requiresIssueDate, { nonNullable: true }),
    validProvinceRule: new FormControl(rules.validProvinceRule, { nonNullable: true }),
    allowedNationalities: new FormControl((rules.allowedNationalities ?? []).join(', '), {
      nonNullable: true,
    }),
    photoRequired: new FormControl(rules.photoRequired, { nonNullable: true }),
  });
}

/** Reads a months field: blank means the rule does not apply, and digits become a number. Other text is kept for the schema to report. */
function monthsInput(text: string): number | null | string {
  const trimmed = text.trim();
  if (trimmed === '') {
    return null;
  }
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * Reads the edit form as input for the `DocumentTypeRulesUpdate` schema: nationalities are split
 * at commas, semicolons or spaces, and none means any nationality.
 */
export function rulesFormInput(form: DocumentTypeRulesForm): Record<string, unknown> {
  const value = form.getRawValue();
  const nationalities = value.allowedNationalities.split(/[\s,;]+/).filter((code) => code !== '');

  return {
    numberFormat: value.numberFormat,
    expiryWarningMonths: monthsInput(value.expiryWarningMonths),
    maxValidityMonths: monthsInput(value.maxValidityMonths),
    requiresIssueDate: value.requiresIssueDate,
    validProvinceRule: value.validProvinceRule,
    allowedNationalities: nationalities.length > 0 ? nationalities : null,
    photoRequired: value.photoRequired,
  };
}
