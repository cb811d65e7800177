import type { DocumentType } from '@smartgate/shared-models';

/** The rule columns of a `document_types` row, as the seed inserts them. */
export interface DocumentTypeRuleColumns {
  [column: string]: string | number | boolean | null;
  number_format: 'generic' | 'passport' | 'cccd';
  expiry_warning_months: number | null;
  max_validity_months: number | null;
  requires_issue_date: boolean;
  valid_province_rule: 'none' | 'facing_province' | 'gate_provinces';
  /** A PostgreSQL array literal such as `{VNM}`, or null for any nationality. */
  allowed_nationalities: string | null;
}

const NO_RULES: DocumentTypeRuleColumns = {
  number_format: 'generic',
  expiry_warning_months: null,
  max_validity_months: null,
  requires_issue_date: false,
  valid_province_rule: 'none',
  allowed_nationalities: null,
};

/**
 * The first rules of each document type. Administrators change them afterwards, so the seed
 * gives them to new rows only.
 * - A passport gets a warning when it expires less than 6 months after the crossing, which
 *   many countries require at entry.
 * - A Vietnam–Cambodia border pass is valid only in the province facing the gate, for at most
 *   12 months (NOTE: the 12 months are not confirmed by a published regulation).
 * - A border-resident permit is valid on either side of the gate's border.
 * - A Vietnamese citizen ID (CCCD) is held only by Vietnamese nationals, and its 12 digits
 *   encode the holder's sex and year of birth.
 */
export const DOCUMENT_TYPE_RULES: Readonly<Record<DocumentType, DocumentTypeRuleColumns>> = {
  passport: { ...NO_RULES, number_format: 'passport', expiry_warning_months: 6 },
  border_pass: {
    ...NO_RULES,
    max_validity_months: 12,
    requires_issue_date: true,
    valid_province_rule: 'facing_province',
  },
  border_resident_permit: { ...NO_RULES, requires_issue_date: true, valid_province_rule: 'gate_provinces' },
  vn_citizen_id: { ...NO_RULES, number_format: 'cccd', allowed_nationalities: '{VNM}' },
  other: NO_RULES,
};

/** The columns that only new rows take from the seed. */
export const DOCUMENT_TYPE_RULE_COLUMNS: readonly string[] = Object.keys(NO_RULES);
