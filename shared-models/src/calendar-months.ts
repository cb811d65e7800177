/**
 * Adds whole calendar months to a `YYYY-MM-DD` date. A day that the target month lacks is
 * clamped to its last day, so 2026-01-31 plus one month is 2026-02-28, as document
 * authorities count validity periods.
 */
export function addMonthsToDateOnly(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const firstOfTarget = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0),
  ).getUTCDate();

  firstOfTarget.setUTCDate(Math.min(day, lastDay));
  return firstOfTarget.toISOString().slice(0, 10);
}
