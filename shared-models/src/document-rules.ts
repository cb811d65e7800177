import { addMonthsToDateOnly } from './calendar-months';
import { citizenIdIssues } from './cccd';
import { isValidDateOnly } from './date-only';
import type { DocumentTypeRules } from './document-type-rules';
import { foldText } from './text';
import type { Sex } from './traveller';
import type { ValidationMessageKey } from './validation-catalog-en';

/** The traveller fields that document rules read, as typed: any of them may be blank or malformed. */
export interface DocumentHolder {
  sex?: Sex | null;
  dateOfBirth?: string;
  nationality?: string;
  documentNumber?: string;
  documentIssueDate?: string;
  documentExpiryDate?: string;
  documentValidProvince?: string;
}

/** A traveller field that a document rule reports on. */
export type DocumentRuleField =
  'nationality' | 'documentNumber' | 'documentIssueDate' | 'documentExpiryDate' | 'documentValidProvince';

/** One rule finding on one traveller field: a message key and its placeholders other than the field. */
export interface DocumentRuleFinding {
  field: DocumentRuleField;
  code: ValidationMessageKey;
  params?: Record<string, string>;
}

/** The findings on a document. Errors block the submission, and warnings are shown but never block it. */
export interface DocumentRuleFindings {
  errors: DocumentRuleFinding[];
  warnings: DocumentRuleFinding[];
}

/** The gate's provinces that a border document may have to be valid for. */
export interface GateProvinces {
  /** The gate's own province, such as Gia Lai; null where an administrator has not entered it. */
  province?: string | null;
  /** The province across the border, such as Ratanakiri. */
  facingProvince: string;
}

/** The crossing that a document is checked for. Dates are `YYYY-MM-DD` and may still be missing. */
export interface DocumentRuleContext {
  plannedCrossingDate?: string;
  /** The chosen gate, when there is one. */
  gate?: GateProvinces;
  /** Today in Asia/Ho_Chi_Minh. */
  today: string;
}

/** ICAO 9303 gives the passport number 9 characters in the MRZ; few passports print fewer than 6. */
const PASSPORT_NUMBER = /^[A-Z0-9]{6,9}$/;

function validDate(value: string | undefined): value is string {
  return value !== undefined && isValidDateOnly(value);
}

/** Folds a province name so that case, accents, spaces and dashes do not matter. */
function foldProvince(name: string): string {
  return foldText(name).replace(/[^a-z0-9]/g, '');
}

function nationalityFindings(holder: DocumentHolder, rules: DocumentTypeRules): DocumentRuleFinding[] {
  const allowed = rules.allowedNationalities;
  const nationality = holder.nationality?.trim().toUpperCase();
  if (!allowed || !nationality || allowed.includes(nationality)) {
    return [];
  }
  return [
    {
      field: 'nationality',
      code: 'nationalityNotAllowedForDocument',
      params: { allowed: allowed.join(', ') },
    },
  ];
}

function numberFindings(
  holder: DocumentHolder,
  rules: DocumentTypeRules,
  today: string,
): DocumentRuleFinding[] {
  const number = holder.documentNumber?.toUpperCase().replace(/\s+/g, '');
  if (!number) {
    return [];
  }

  if (rules.numberFormat === 'cccd') {
    const typed = {
      dateOfBirth: validDate(holder.dateOfBirth) ? holder.dateOfBirth : undefined,
      sex: holder.sex ?? undefined,
    };
    return citizenIdIssues(number, typed, today).map((code) => ({ field: 'documentNumber', code }));
  }
  if (rules.numberFormat === 'passport' && !PASSPORT_NUMBER.test(number)) {
    return [{ field: 'documentNumber', code: 'invalidPassportNumber' }];
  }
  return [];
}

function dateFindings(
  holder: DocumentHolder,
  rules: DocumentTypeRules,
  today: string,
): DocumentRuleFinding[] {
  const { documentIssueDate: issued, documentExpiryDate: expires } = holder;
  if (!issued) {
    return rules.requiresIssueDate ? [{ field: 'documentIssueDate', code: 'required' }] : [];
  }
  if (!validDate(issued)) {
    return [];
  }

  const findings: DocumentRuleFinding[] = [];
  if (issued > today) {
    findings.push({ field: 'documentIssueDate', code: 'dateInFuture' });
  }
  if (validDate(expires) && issued > expires) {
    findings.push({ field: 'documentIssueDate', code: 'issueDateAfterExpiry' });
  }

  const months = rules.maxValidityMonths;
  if (months !== null && validDate(expires) && expires > addMonthsToDateOnly(issued, months)) {
    findings.push({
      field: 'documentExpiryDate',
      code: 'documentValidityTooLong',
      params: { months: String(months) },
    });
  }
  return findings;
}

function provinceFindings(
  holder: DocumentHolder,
  rules: DocumentTypeRules,
  gate: GateProvinces | undefined,
): DocumentRuleFinding[] {
  if (rules.validProvinceRule === 'none') {
    return [];
  }
  const province = holder.documentValidProvince?.trim();
  if (!province) {
    return [{ field: 'documentValidProvince', code: 'required' }];
  }
  if (!gate) {
    return [];
  }

  const allowed = allowedProvinces(rules, gate);
  if (allowed.some((name) => foldProvince(name) === foldProvince(province))) {
    return [];
  }
  return [
    {
      field: 'documentValidProvince',
      code: 'documentProvinceNotAllowed',
      params: { provinces: allowed.join(', ') },
    },
  ];
}

/** Lists the provinces a document of this type may be valid for at the gate, for suggestions and messages. */
export function allowedProvinces(rules: DocumentTypeRules, gate: GateProvinces): string[] {
  switch (rules.validProvinceRule) {
    case 'none':
      return [];
    case 'facing_province':
      return [gate.facingProvince];
    case 'gate_provinces':
      return gate.province ? [gate.province, gate.facingProvince] : [gate.facingProvince];
  }
}

function expiryWarnings(
  holder: DocumentHolder,
  rules: DocumentTypeRules,
  crossing: string | undefined,
): DocumentRuleFinding[] {
  const months = rules.expiryWarningMonths;
  const expires = holder.documentExpiryDate;
  if (months === null || !validDate(expires) || !validDate(crossing)) {
    return [];
  }

  // A document that expires before the crossing is already an error, so it gets no warning as well.
  if (expires >= crossing && expires < addMonthsToDateOnly(crossing, months)) {
    return [{ field: 'documentExpiryDate', code: 'documentExpiresSoon', params: { months: String(months) } }];
  }
  return [];
}

/**
 * Checks a traveller's document against the rules of its type. The rules cover the holder's
 * nationality and the number's format, and a CCCD is cross-checked against the typed date of
 * birth and sex. They also cover the issue date, the validity period, the province the document
 * is valid for, and how soon it expires after the crossing. Checks whose fields are still blank
 * or malformed are skipped, because the traveller schema reports those fields.
 */
export function checkDocumentRules(
  holder: DocumentHolder,
  rules: DocumentTypeRules,
  context: DocumentRuleContext,
): DocumentRuleFindings {
  return {
    errors: [
      ...nationalityFindings(holder, rules),
      ...numberFindings(holder, rules, context.today),
      ...dateFindings(holder, rules, context.today),
      ...provinceFindings(holder, rules, context.gate),
    ],
    warnings: expiryWarnings(holder, rules, context.plannedCrossingDate),
  };
}
