import { DateOnly, addDaysToDateOnly, displayDateOnly, isValidDateOnly, todayInTimeZone } from './date-only';

describe('DateOnly', () => {
  const cases: [string, boolean][] = [
    ['2026-12-04', true],
    ['2024-02-29', true],
    ['1975-06-13', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['04/12/2026', false],
    ['2026-12-04T00:00:00Z', false],
    ['', false],
  ];

  for (const [value, valid] of cases) {
    it(`${valid ? 'accepts' : 'rejects'} "${value}"`, () => {
      expect(isValidDateOnly(value)).toBe(valid);
      expect(DateOnly.safeParse(value).success).toBe(valid);
    });
  }

  it('keeps the value as the same string', () => {
    expect(DateOnly.parse('1990-01-01')).toBe('1990-01-01');
  });

  it('computes today in Asia/Ho_Chi_Minh, not UTC', () => {
    // 2026-12-04 18:30 UTC is already 2026-12-05 01:30 in UTC+7.
    const instant = new Date(Date.UTC(2026, 11, 4, 18, 30));

    expect(todayInTimeZone('Asia/Ho_Chi_Minh', instant)).toBe('2026-12-05');
    expect(todayInTimeZone('UTC', instant)).toBe('2026-12-04');
  });
});

describe('date-only arithmetic and display', () => {
  it('adds days across a month and a leap day', () => {
    expect(addDaysToDateOnly('2028-02-25', 7)).toBe('2028-03-03');
    expect(addDaysToDateOnly('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysToDateOnly('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('displays a date as dd/MM/yyyy', () => {
    expect(displayDateOnly('2026-03-09')).toBe('09/03/2026');
  });
});
