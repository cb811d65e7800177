import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { mrzNameMatches, type MrzData } from '@smartgate/shared-models';

import { dateOnlyToDate, dateToDateOnly } from '../../../shared/dates/date-only';
import type { TravellerForm } from './declaration-form-model';

/** The name of one of a traveller's fields, such as `documentNumber`. */
export type TravellerFieldName = keyof TravellerForm['controls'];

/** The traveller fields an MRZ can fill, in form order. */
export const MRZ_FIELDS = [
  'fullName',
  'sex',
  'dateOfBirth',
  'nationality',
  'documentType',
  'documentNumber',
  'documentExpiryDate',
] as const satisfies readonly TravellerFieldName[];

/** The name of a traveller field that an MRZ can fill. */
export type MrzFieldName = (typeof MRZ_FIELDS)[number];

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Returns the form value that the MRZ gives a field, or undefined where the MRZ leaves it open. */
export function mrzValue(field: MrzFieldName, mrz: MrzData): unknown {
  switch (field) {
    case 'fullName':
      return `${mrz.surname} ${mrz.givenNames}`.trim() || undefined;
    case 'dateOfBirth':
    case 'documentExpiryDate':
      return dateOnlyToDate(mrz[field]) ?? undefined;
    default:
      return mrz[field];
  }
}

/**
 * Checks whether a typed value agrees with the MRZ. Blank fields and fields the MRZ leaves open
 * agree. Names agree when they match after folding (diacritics, Đ and case), because the MRZ
 * prints them without diacritics and may cut them short.
 */
export function agreesWithMrz(field: MrzFieldName, value: unknown, mrz: MrzData): boolean {
  const expected = mrzValue(field, mrz);
  if (isBlank(value) || expected === undefined) {
    return true;
  }

  switch (field) {
    case 'fullName':
      return mrzNameMatches(String(value), mrz.surname, mrz.givenNames, { truncated: mrz.namesTruncated });
    case 'documentNumber':
      return String(value).toUpperCase().replace(/\s+/g, '') === expected;
    case 'dateOfBirth':
    case 'documentExpiryDate':
      return dateToDateOnly(value as Date) === dateToDateOnly(expected as Date);
    default:
      return value === expected;
  }
}

/**
 * Fills the traveller's blank fields from the MRZ and leaves typed ones as they are. Returns the
 * typed fields that disagree with the MRZ, which the traveller has to check.
 */
export function fillFromMrz(group: TravellerForm, mrz: MrzData): MrzFieldName[] {
  const disagreeing: MrzFieldName[] = [];

  for (const field of MRZ_FIELDS) {
    const control: AbstractControl = group.controls[field];
    const value = mrzValue(field, mrz);
    if (value === undefined) {
      continue;
    }

    if (isBlank(control.value)) {
      control.setValue(value);
      control.markAsDirty();
    } else if (!agreesWithMrz(field, control.value, mrz)) {
      disagreeing.push(field);
    }
  }

  return disagreeing;
}

/** Builds a validator that reports `mrzMismatch` while a field disagrees with the MRZ the traveller entered. */
export function mrzAgreementValidator(field: MrzFieldName, mrz: () => MrzData | null): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const current = mrz();
    return current && !agreesWithMrz(field, control.value, current) ? { mrzMismatch: true } : null;
  };
}
