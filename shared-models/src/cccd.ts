import { todayInTimeZone } from './date-only';
import type { Sex } from './traveller';
import { VIETNAM_PROVINCE_CODES } from './vietnam-province-codes';

/** Validation message keys for a Vietnamese personal ID number (CCCD). */
export type CitizenIdIssueKey =
  'cccdFormat' | 'cccdUnknownProvince' | 'cccdInvalidCentury' | 'cccdBirthYearMismatch' | 'cccdSexMismatch';

/** The holder data encoded in the digits of a CCCD number. */
export interface CitizenIdNumber {
  /** Digits 1–3: the province where the birth was registered, such as `064` for Gia Lai. */
  provinceCode: string;
  /** Digit 4, even for men and odd for women. */
  sex: Sex;
  /** Digit 4 gives the century (0–1 for 1900–1999, 2–3 for 2000–2099, and so on), digits 5–6 the year in it. */
  birthYear: number;
}

/**
 * Reads a 12-digit CCCD number, ignoring white space, or returns null when it is not 12 digits.
 * The number has no check digit, and digits 7–12 are random.
 */
export function parseCitizenIdNumber(value: string): CitizenIdNumber | null {
  const digits = value.replace(/\s+/g, '');
  if (!/^\d{12}$/.test(digits)) {
    return null;
  }

  const centuryAndSex = Number(digits[3]);
  return {
    provinceCode: digits.slice(0, 3),
    sex: centuryAndSex % 2 === 0 ? 'male' : 'female',
    birthYear: 1900 + Math.floor(centuryAndSex / 2) * 100 + Number(digits.slice(4, 6)),
  };
}

/** The traveller's typed data that the number is cross-checked against. */
export interface CitizenIdHolder {
  /** `YYYY-MM-DD`, if typed. */
  dateOfBirth?: string;
  sex?: Sex;
}

/**
 * Checks the structure of a CCCD number and cross-checks it against the typed date of birth and
 * sex. Returns the message keys of every problem found, or an empty list.
 */
export function citizenIdIssues(
  value: string,
  holder: CitizenIdHolder = {},
  today: string = todayInTimeZone(),
): CitizenIdIssueKey[] {
  const number = parseCitizenIdNumber(value);
  if (!number) {
    return ['cccdFormat'];
  }

  const issues: CitizenIdIssueKey[] = [];
  if (!(number.provinceCode in VIETNAM_PROVINCE_CODES)) {
    issues.push('cccdUnknownProvince');
  }

  const yearOfBirth = holder.dateOfBirth ? Number(holder.dateOfBirth.slice(0, 4)) : undefined;
  if (number.birthYear > Number(today.slice(0, 4))) {
    issues.push('cccdInvalidCentury');
  } else if (yearOfBirth !== undefined && !Number.isNaN(yearOfBirth) && yearOfBirth !== number.birthYear) {
    issues.push('cccdBirthYearMismatch');
  }

  if (holder.sex && holder.sex !== number.sex) {
    issues.push('cccdSexMismatch');
  }
  return issues;
}
