import Big from 'big.js';
import { canonicalDecimal, todayInTimeZone } from '@smartgate/shared-models';

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

const localTimeFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Formats a timestamp as dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh, the gate's local time. */
export function formatLocalDateTime(timestamp: Date): string {
  return `${formatLocalDay(timestamp)} ${localTimeFormatter.format(timestamp)}`;
}

/**
 * Formats a decimal string without trailing zeros: PostgreSQL returns `numeric(14,3)` as
 * `"1250.500"`, which prints as `1250.5`. The value is parsed with big.js, so no digit passes through a float.
 */
export function formatDecimal(value: string): string {
  return canonicalDecimal(new Big(value));
}
