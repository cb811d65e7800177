import { todayInTimeZone } from './date-only';
import { hasValidCheckDigit } from './mrz-check-digit';
import {
  mrzCountry,
  parseMrzNames,
  parseMrzSex,
  resolveBirthDate,
  resolveExpiryDate,
  SPECIMEN_STATE_CODE,
} from './mrz-fields';
import { td1Elements, td3Elements, type MrzElements } from './mrz-layouts';
import type { DocumentType, Sex } from './traveller';

/** The MRZ layouts of ICAO 9303: TD3 (passports, 2 lines of 44) and TD1 (ID cards, 3 lines of 30). */
export type MrzFormat = 'TD1' | 'TD3';

/** Parts of an MRZ that an issue can name. Traveller parts use the traveller's field names. */
export type MrzField =
  | 'mrz'
  | 'documentNumber'
  | 'dateOfBirth'
  | 'documentExpiryDate'
  | 'nationality'
  | 'issuingState'
  | 'sex'
  | 'optionalData'
  | 'compositeCheckDigit';

/** A problem found in an MRZ: the part it is in, and a validation message key. */
export interface MrzIssue {
  field: MrzField;
  key:
    | 'mrzFormat'
    | 'mrzCharacters'
    | 'mrzCheckDigit'
    | 'mrzInvalidDate'
    | 'mrzUnknownCountry'
    | 'mrzSpecimen'
    | 'mrzInvalidSex';
}

/** The holder and document data read from an MRZ. Dates are `YYYY-MM-DD`, names in MRZ capitals. */
export interface MrzData {
  format: MrzFormat;
  /** The document code as printed, fillers removed, such as `P`, `PN`, `I` or `ID`. */
  documentCode: string;
  /** `passport` for a TD3 passport, and undefined for ID cards, which the form has no single type for. */
  documentType?: DocumentType;
  /** The issuing state's code as printed, such as `VNM`, `D` or `UTO`. */
  issuingState: string;
  surname: string;
  givenNames: string;
  /** True when the name field is full, so the names may be cut short. */
  namesTruncated: boolean;
  documentNumber: string;
  /** The nationality as an ISO alpha-3 code (or `UTO` in demo mode), undefined when not a listed country. */
  nationality?: string;
  dateOfBirth?: string;
  documentExpiryDate?: string;
  /** Undefined when the MRZ leaves sex unspecified (X or `<`). */
  sex?: Sex;
  /** The optional data (the TD3 personal number, or both TD1 optional fields), fillers removed. */
  optionalData: string;
}

/** The MRZ data when the layout was recognized (even with failed checks), and every issue found. */
export interface MrzParseResult {
  data: MrzData | null;
  issues: MrzIssue[];
}

export interface MrzParseOptions {
  /** Accepts the ICAO specimen state `UTO`, which only a server in demo mode may do. */
  demoMode?: boolean;
  /** Today as `YYYY-MM-DD`, against which two-digit years are resolved. Defaults to today in Asia/Ho_Chi_Minh. */
  today?: string;
}

/**
 * Parses a machine-readable zone pasted as text or typed by a desk reader: line breaks, spaces
 * around lines and lower case are tolerated. Every check digit is verified, TD3's composite one
 * included, and each failed check is reported by field.
 */
export function parseMrz(text: string, options: MrzParseOptions = {}): MrzParseResult {
  const lines = splitLines(text);
  if (lines.some((line) => !/^[A-Z0-9<]+$/.test(line))) {
    return { data: null, issues: [{ field: 'mrz', key: 'mrzCharacters' }] };
  }

  const elements = layoutElements(lines);
  if (!elements) {
    return { data: null, issues: [{ field: 'mrz', key: 'mrzFormat' }] };
  }

  return readElements(elements, options.today ?? todayInTimeZone(), options.demoMode ?? false);
}

function layoutElements(lines: string[]): MrzElements | null {
  if (lines.length === 2) {
    return td3Elements(lines);
  }
  if (lines.length === 3) {
    return td1Elements(lines);
  }
  return null;
}

/** Splits the text into upper-case lines. A reader that sends no line breaks yields one long line, which is cut by length. */
function splitLines(text: string): string[] {
  const lines = text
    .toUpperCase()
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

  if (lines.length === 1 && lines[0].length === 88) {
    return [lines[0].slice(0, 44), lines[0].slice(44)];
  }
  if (lines.length === 1 && lines[0].length === 90) {
    return [lines[0].slice(0, 30), lines[0].slice(30, 60), lines[0].slice(60)];
  }
  return lines;
}

function readElements(elements: MrzElements, today: string, demoMode: boolean): MrzParseResult {
  const issues: MrzIssue[] = [];
  const check = (field: MrzField, part: { value: string; check?: string }) => {
    if (part.check !== undefined && !hasValidCheckDigit(part.value, part.check)) {
      issues.push({ field, key: 'mrzCheckDigit' });
    }
  };

  check('documentNumber', elements.documentNumber);
  check('dateOfBirth', elements.birth);
  check('documentExpiryDate', elements.expiry);
  check('optionalData', elements.optional);
  check('compositeCheckDigit', elements.composite);

  const dateOfBirth = resolveBirthDate(elements.birth.value, today);
  const documentExpiryDate = resolveExpiryDate(elements.expiry.value, today);
  if (!dateOfBirth) {
    issues.push({ field: 'dateOfBirth', key: 'mrzInvalidDate' });
  }
  if (!documentExpiryDate) {
    issues.push({ field: 'documentExpiryDate', key: 'mrzInvalidDate' });
  }

  const sex = parseMrzSex(elements.sex);
  if (!sex.isValid) {
    issues.push({ field: 'sex', key: 'mrzInvalidSex' });
  }

  const issuingState = mrzCountry(elements.issuingState);
  if (issuingState.isSpecimen && !demoMode) {
    issues.push({ field: 'issuingState', key: 'mrzSpecimen' });
  }
  const nationality = readNationality(elements.nationality, demoMode, issues);
  const names = parseMrzNames(elements.names);

  const data: MrzData = {
    format: elements.format,
    documentCode: elements.documentCode.replace(/</g, ''),
    documentType: elements.format === 'TD3' ? 'passport' : undefined,
    issuingState: issuingState.printed,
    surname: names.surname,
    givenNames: names.givenNames,
    namesTruncated: names.truncated,
    documentNumber: elements.documentNumber.value.replace(/</g, ''),
    nationality,
    dateOfBirth,
    documentExpiryDate,
    sex: sex.sex,
    optionalData: elements.optional.value.replace(/</g, ' ').replace(/\s+/g, ' ').trim(),
  };
  return { data, issues };
}

function readNationality(field: string, demoMode: boolean, issues: MrzIssue[]): string | undefined {
  const nationality = mrzCountry(field);

  if (nationality.isSpecimen) {
    if (demoMode) {
      return SPECIMEN_STATE_CODE;
    }
    issues.push({ field: 'nationality', key: 'mrzSpecimen' });
    return undefined;
  }

  if (!nationality.alpha3) {
    issues.push({ field: 'nationality', key: 'mrzUnknownCountry' });
  }
  return nationality.alpha3;
}
