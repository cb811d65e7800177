import { todayInTimeZone } from '@smartgate/shared-models';

/** Adds days to a `YYYY-MM-DD` date with UTC arithmetic, which never shifts the day. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Returns the date `days` from today at the gate (Asia/Ho_Chi_Minh). */
export function daysFromToday(days: number): string {
  return addDays(todayInTimeZone(), days);
}
