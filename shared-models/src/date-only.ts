import { z } from 'zod';

const DATE_ONLY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Checks that a `YYYY-MM-DD` string names a real calendar day.
 * Date-only values stay strings end to end: turning them into a timestamp shifts
 * them by a day in UTC+7 (and before June 1975 southern Vietnam used UTC+8).
 */
export function isValidDateOnly(value: string): boolean {
  const match = DATE_ONLY_PATTERN.exec(value);
  if (!match) {
    return false;
  }

  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** A calendar date without a time, as a `YYYY-MM-DD` string. */
export const DateOnly = z
  .string({ error: 'required' })
  .trim()
  .refine(isValidDateOnly, { error: 'invalidDate' });
export type DateOnly = z.infer<typeof DateOnly>;

/** Adds whole days to a `YYYY-MM-DD` date, counting in calendar days. */
export function addDaysToDateOnly(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Writes a `YYYY-MM-DD` date as dd/MM/yyyy, as people at the gate read and type dates. */
export function displayDateOnly(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** Formatters by time zone: creating one costs far more than formatting with it. */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** Today's date in a time zone (Asia/Ho_Chi_Minh by default) as `YYYY-MM-DD`. */
export function todayInTimeZone(timeZone = 'Asia/Ho_Chi_Minh', now: Date = new Date()): string {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    // The en-CA locale formats dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter.format(now);
}
