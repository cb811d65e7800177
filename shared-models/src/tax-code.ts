import { z } from 'zod';

import { citizenIdIssues, type CitizenIdIssueKey } from './cccd';

/** The kind of taxpayer a tax code (MST) identifies: a company, a dependent branch, or a household business. */
export const TaxCodeKind = z.enum(['enterprise', 'branch', 'household']);
export type TaxCodeKind = z.infer<typeof TaxCodeKind>;

/** Validation message keys of a tax code, including the structure checks of a 12-digit personal ID. */
export type TaxCodeIssueKey =
  | 'invalidTaxCode'
  | 'taxCodeLetters'
  | 'invalidTaxCodeCheckDigit'
  | 'taxCodeBranchHyphen'
  | Exclude<CitizenIdIssueKey, 'cccdBirthYearMismatch' | 'cccdSexMismatch'>;

/** A tax code checked for its kind: the form to store, or the message key of its problem. */
export type CheckedTaxCode = { taxCode: string; kind: TaxCodeKind } | { issue: TaxCodeIssueKey };

/**
 * Weights of the first nine digits of an enterprise code. The check digit is
 * 10 − (Σ dᵢ·wᵢ mod 11), and a result of 10 cannot be written as one digit, so such a code is
 * invalid. Source: python-stdnum, module `stdnum.vn.mst` (its valid examples 0100233488 and
 * 0314409058-002, and the invalid 0100233480, follow this rule). A calculator published as
 * "11 − (sum mod 11)" contradicts those issued codes.
 */
const CHECK_DIGIT_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/** Spaces and dots that people type between groups of digits; the branch hyphen is kept. */
const SEPARATORS = /[\s.]+/g;

/** Computes the check digit of a 10-digit code from its first nine digits; null when it would be 10. */
export function taxCodeCheckDigit(firstNineDigits: string): number | null {
  const sum = CHECK_DIGIT_WEIGHTS.reduce(
    (total, weight, index) => total + weight * Number(firstNineDigits[index]),
    0,
  );
  const checkDigit = 10 - (sum % 11);
  return checkDigit === 10 ? null : checkDigit;
}

function hasValidCheckDigit(tenDigits: string): boolean {
  return taxCodeCheckDigit(tenDigits.slice(0, 9)) === Number(tenDigits[9]);
}

/**
 * Checks a tax code as typed and returns it as stored. A company's code is `NNNNNNNNNN`, a
 * branch's is `NNNNNNNNNN-NNN` (001–999), and since 1 July 2025 a household business may use the
 * owner's 12-digit personal ID (CCCD). A personal ID has no check digit, so only its province code
 * and century are checked.
 */
export function checkTaxCode(raw: string): CheckedTaxCode {
  const value = raw.normalize('NFC').replace(SEPARATORS, '').replace(/[‐–—]/g, '-');

  if (/\p{L}/u.test(value)) {
    return { issue: 'taxCodeLetters' };
  }

  if (/^\d{10}$/.test(value)) {
    return hasValidCheckDigit(value)
      ? { taxCode: value, kind: 'enterprise' }
      : { issue: 'invalidTaxCodeCheckDigit' };
  }

  if (/^\d{10}-\d{3}$/.test(value)) {
    if (!hasValidCheckDigit(value.slice(0, 10))) {
      return { issue: 'invalidTaxCodeCheckDigit' };
    }
    return value.endsWith('-000') ? { issue: 'invalidTaxCode' } : { taxCode: value, kind: 'branch' };
  }

  if (/^\d{13}$/.test(value)) {
    return { issue: 'taxCodeBranchHyphen' };
  }

  if (/^\d{12}$/.test(value)) {
    const [issue] = citizenIdIssues(value);
    return issue ? { issue: issue as TaxCodeIssueKey } : { taxCode: value, kind: 'household' };
  }

  return { issue: 'invalidTaxCode' };
}

/** Returns the kind of a stored tax code, which the stored forms' lengths tell apart. */
export function taxCodeKind(stored: string): TaxCodeKind {
  if (stored.length === 14) {
    return 'branch';
  }
  return stored.length === 12 ? 'household' : 'enterprise';
}

/** A tax code (MST) as typed, checked by `checkTaxCode` and returned as stored. */
export const TaxCode = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(40, { error: 'tooLong' })
  .transform((raw, context) => {
    const checked = checkTaxCode(raw);
    if ('issue' in checked) {
      context.addIssue({ code: 'custom', message: checked.issue });
      return z.NEVER;
    }
    return checked.taxCode;
  });
export type TaxCode = z.infer<typeof TaxCode>;
