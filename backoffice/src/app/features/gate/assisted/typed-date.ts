import { displayDateOnly } from '@smartgate/shared-models';

/** A day typed as people at the gate write it: d/M/yyyy, with slashes, dots or dashes. */
const TYPED_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * Turns a typed dd/MM/yyyy date into the API's `YYYY-MM-DD`, without checking that the day
 * exists, which the shared schemas do. Blank text is undefined, and text of another shape is
 * passed on as typed, so the schemas report it as an invalid date rather than as missing.
 */
export function typedDateToDateOnly(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') {
    return undefined;
  }

  const match = TYPED_DATE.exec(trimmed);
  if (!match) {
    return trimmed;
  }
  const [, day, month, year] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Writes a `YYYY-MM-DD` date as the form shows it, dd/MM/yyyy; undefined becomes blank. */
export function dateOnlyToTyped(value: string | undefined): string {
  return value ? displayDateOnly(value) : '';
}
