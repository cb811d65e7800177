import { format } from 'date-fns';

/** Turns a datepicker's local date into `YYYY-MM-DD`, or undefined for none. */
export function toDateOnly(date: Date | null | undefined): string | undefined {
  return date ? format(date, 'yyyy-MM-dd') : undefined;
}

/** Turns `YYYY-MM-DD` into a local date for the datepicker, never through UTC, which could shift the day. */
export function fromDateOnly(value: string | undefined): Date | null {
  if (!value) {
    return null;
  }
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year, month - 1, day);
}
