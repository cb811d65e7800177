import { dateOnlyToDate, dateToDateOnly, formatDateOnly } from './date-only';

describe('date-only conversion', () => {
  it('reads a date string as local midnight of the same day', () => {
    const date = dateOnlyToDate('2026-03-09');

    expect(date?.getFullYear()).toBe(2026);
    expect(date?.getMonth()).toBe(2);
    expect(date?.getDate()).toBe(9);
    expect(date?.getHours()).toBe(0);
  });

  it('writes the local calendar day, not the UTC one', () => {
    // 00:30 local time is the previous day in UTC anywhere east of Greenwich, such as UTC+7.
    const justAfterMidnight = new Date(2026, 0, 1, 0, 30);
    // 23:30 local time is the next day in UTC anywhere west of Greenwich.
    const justBeforeMidnight = new Date(2026, 11, 31, 23, 30);

    expect(dateToDateOnly(justAfterMidnight)).toBe('2026-01-01');
    expect(dateToDateOnly(justBeforeMidnight)).toBe('2026-12-31');
  });

  it('round-trips leap days and old days', () => {
    const days = ['1975-06-13', '2000-02-29', '2024-02-29', '2026-01-01', '2026-12-31', '1930-04-01'];

    for (const day of days) {
      expect(dateToDateOnly(dateOnlyToDate(day)))
        .withContext(day)
        .toBe(day);
    }
  });

  it('writes a year typed with two digits as a four-digit year', () => {
    // "01/05/85" parses as year 85, which the schema then rejects as an invalid date.
    const yearEightyFive = new Date(2000, 4, 1);
    yearEightyFive.setFullYear(85);

    expect(dateToDateOnly(yearEightyFive)).toBe('0085-05-01');
  });

  it('rejects blank and impossible dates', () => {
    expect(dateOnlyToDate('')).toBeNull();
    expect(dateOnlyToDate(null)).toBeNull();
    expect(dateOnlyToDate('2026-02-30')).toBeNull();
    expect(dateOnlyToDate('09/03/2026')).toBeNull();
    expect(dateToDateOnly(new Date(Number.NaN))).toBeNull();
    expect(dateToDateOnly(null)).toBeNull();
  });

  it('formats a date string as dd/MM/yyyy', () => {
    expect(formatDateOnly('2026-03-09')).toBe('09/03/2026');
    expect(formatDateOnly(null)).toBe('');
  });
});
