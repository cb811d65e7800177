import { isValidDateOnly } from '@smartgate/shared-models';

/**
 * Conversions between `YYYY-MM-DD` strings, which the API and the schemas use, and the local
 * `Date` objects that the Material datepicker uses. They read and write the local year, month
 * and day only: `toISOString()` or `new Date('YYYY-MM-DD')` would work in UTC and shift the day
 * by one in time zones east or west of it.
 */

/** Returns the local-midnight `Date` of a `YYYY-MM-DD` string, or null when it is blank or invalid. */
export function dateOnlyToDate(value: string | null | undefined): Date | null {
  if (!value || !isValidDateOnly(value)) {
    return null;
  }

  const [year, month, day] = value.split('-').map(Number);
  return new Date(year, month - 1, day);
}

/** Returns the `YYYY-MM-DD` string of a `Date`'s local calendar day, or null for null or an invalid date. */
export function dateToDateOnly(date: Date | null | undefined): string | null {
  if (!date || Number.isNaN(date.getTime())) {
    return null;
  }

  const year = String(date.getFullYear()).padStart(4, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** Formats a `YYYY-MM-DD` string as dd/MM/yyyy without going through `Date`. Other strings pass unchanged. */
export function formatDateOnly(value: string | null | undefined): string {
  if (!value) {
    return '';
  }

  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}
