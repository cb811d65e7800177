import { todayInTimeZone } from '@smartgate/shared-models';

const DATE_ONLY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats a `YYYY-MM-DD` value as dd/MM/yyyy by rearranging its parts, never through a
 * `Date`, so the day cannot shift with the time zone.
 */
export function formatDateOnly(value: string): string {
  const match = DATE_ONLY_PATTERN.exec(value);
  if (!match) {
    // The value stays out of the message: it may be a date of birth.
    throw new Error('Expected a date in YYYY-MM-DD form');
  }
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** Formats the local day of a timestamp in Asia/Ho_Chi_Minh as dd/MM/yyyy. */
export function formatLocalDay(timestamp: Date): string {
  return formatDateOnly(todayInTimeZone('Asia/Ho_Chi_Minh', timestamp));
}
