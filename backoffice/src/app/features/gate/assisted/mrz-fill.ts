import { parseMrz, type MrzData, type MrzIssue } from '@smartgate/shared-models';

import type { TravellerGroup } from './assisted-form';
import { dateOnlyToTyped } from './typed-date';

/** Outcome of reading an MRZ: data to fill, or the issues that kept it from filling anything. */
export type MrzReading =
  { kind: 'usable'; data: MrzData; issues: MrzIssue[] } | { kind: 'unusable'; issues: MrzIssue[] };

/**
 * Reads an MRZ typed by a desk reader or pasted. One that fails a check digit is unusable, because
 * a misread character would then be filled in. The ICAO specimen state is refused, as in the portal.
 */
export function readMrz(text: string): MrzReading {
  const result = parseMrz(text, { demoMode: false });
  const misread = result.issues.some((issue) => issue.key === 'mrzCheckDigit');
  return result.data && !misread
    ? { kind: 'usable', data: result.data, issues: result.issues }
    : { kind: 'unusable', issues: result.issues };
}

/**
 * Fills a traveller's fields from an MRZ. The document at the desk is the source, so its values
 * replace typed ones. A field that the MRZ leaves open, such as the sex printed as X, keeps its
 * value. The name comes in the MRZ's capitals without diacritics, which the officer may correct.
 */
export function fillTravellerFromMrz(traveller: TravellerGroup, mrz: MrzData): void {
  const fills: TravellerGroup['value'] = {
    fullName: `${mrz.surname} ${mrz.givenNames}`.trim() || undefined,
    sex: mrz.sex,
    dateOfBirth: mrz.dateOfBirth ? dateOnlyToTyped(mrz.dateOfBirth) : undefined,
    nationality: mrz.nationality,
    documentType: mrz.documentType,
    documentNumber: mrz.documentNumber || undefined,
    documentExpiryDate: mrz.documentExpiryDate ? dateOnlyToTyped(mrz.documentExpiryDate) : undefined,
  };

  const filled = Object.fromEntries(Object.entries(fills).filter(([, value]) => value !== undefined));
  traveller.patchValue(filled);
  traveller.markAsDirty();
}
