import countries from 'i18n-iso-countries';

import { isValidDateOnly } from './date-only';
import type { Sex } from './traveller';

/** The fictional state of the ICAO 9303 specimen documents. */
export const SPECIMEN_STATE_CODE = 'UTO';

// ICAO 9303 codes that differ from ISO 3166-1 alpha-3. Germany prints "D", and the British
// nationality variants (overseas territories, nationals overseas, protected persons) are read as GBR.
const ICAO_ONLY_CODES: Readonly<Record<string, string>> = {
  D: 'DEU',
  GBD: 'GBR',
  GBN: 'GBR',
  GBO: 'GBR',
  GBP: 'GBR',
  GBS: 'GBR',
};

/** A state or nationality code read from an MRZ. */
export interface MrzCountry {
  /** The code as printed, fillers removed, such as `D` or `VNM`. */
  printed: string;
  /** The ISO 3166-1 alpha-3 code, or undefined when the code names no listed country (such as XXA, stateless). */
  alpha3?: string;
  /** True for the ICAO specimen state `UTO`. */
  isSpecimen: boolean;
}

/** Reads a 3-character MRZ state or nationality field. */
export function mrzCountry(field: string): MrzCountry {
  const printed = field.replace(/</g, '');

  if (printed === SPECIMEN_STATE_CODE) {
    return { printed, isSpecimen: true };
  }
  if (ICAO_ONLY_CODES[printed]) {
    return { printed, alpha3: ICAO_ONLY_CODES[printed], isSpecimen: false };
  }

  const isListed = /^[A-Z]{3}$/.test(printed) && countries.isValid(printed);
  return { printed, alpha3: isListed ? printed : undefined, isSpecimen: false };
}

function splitDate(yymmdd: string): { yy: number; monthDay: string } | undefined {
  if (!/^\d{6}$/.test(yymmdd)) {
    return undefined;
  }
  return { yy: Number(yymmdd.slice(0, 2)), monthDay: `${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}` };
}

function dateOnly(year: number, monthDay: string): string | undefined {
  const value = `${String(year).padStart(4, '0')}-${monthDay}`;
  return isValidDateOnly(value) ? value : undefined;
}

/** Resolves an MRZ birth date (YYMMDD) to the most recent such day that is not after `today`. */
export function resolveBirthDate(yymmdd: string, today: string): string | undefined {
  const parts = splitDate(yymmdd);
  if (!parts) {
    return undefined;
  }

  const century = Math.floor(Number(today.slice(0, 4)) / 100) * 100;
  const thisCentury = dateOnly(century + parts.yy, parts.monthDay);
  if (thisCentury === undefined) {
    return undefined;
  }
  return thisCentury <= today ? thisCentury : dateOnly(century - 100 + parts.yy, parts.monthDay);
}

/**
 * Resolves an MRZ expiry date (YYMMDD) into the 100 years that end 50 years from now. That puts
 * every expiry of a document still in use in the future, while a document that expired a few
 * years ago stays in the past, so the expiry check still rejects it.
 */
export function resolveExpiryDate(yymmdd: string, today: string): string | undefined {
  const parts = splitDate(yymmdd);
  if (!parts) {
    return undefined;
  }

  const currentYear = Number(today.slice(0, 4));
  let year = Math.floor(currentYear / 100) * 100 + parts.yy;
  if (year > currentYear + 50) {
    year -= 100;
  } else if (year <= currentYear - 50) {
    year += 100;
  }
  return dateOnly(year, parts.monthDay);
}

/** Names read from the MRZ name field, in capitals without diacritics, fillers turned to spaces. */
export interface MrzNames {
  surname: string;
  givenNames: string;
  /** True when the name field is full, which is how ICAO 9303 marks a name that may be cut short. */
  truncated: boolean;
}

/** Splits an MRZ name field at its first `<<` into surname and given names. */
export function parseMrzNames(field: string): MrzNames {
  const separator = field.indexOf('<<');
  const surnamePart = separator === -1 ? field : field.slice(0, separator);
  const givenPart = separator === -1 ? '' : field.slice(separator + 2);
  const words = (part: string) => part.replace(/</g, ' ').replace(/\s+/g, ' ').trim();

  return {
    surname: words(surnamePart),
    givenNames: words(givenPart),
    truncated: !field.endsWith('<'),
  };
}

/** Reads the MRZ sex field: M and F map to the form's values, while X and `<` (unspecified) map to undefined. */
export function parseMrzSex(character: string): { sex?: Sex; isValid: boolean } {
  switch (character) {
    case 'M':
      return { sex: 'male', isValid: true };
    case 'F':
      return { sex: 'female', isValid: true };
    case 'X':
    case '<':
      return { isValid: true };
    default:
      return { isValid: false };
  }
}
