import { addMonthsToDateOnly } from './calendar-months';

describe('addMonthsToDateOnly', () => {
  const cases: [string, number, string][] = [
    ['2026-03-15', 6, '2026-09-15'],
    ['2026-08-20', 6, '2027-02-20'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-12-31', 12, '2027-12-31'],
    ['2026-05-31', -3, '2026-02-28'],
    ['2026-07-04', 0, '2026-07-04'],
  ];
  for (const [date, months, expected] of cases) {
    it(`adds ${months} months to ${date}`, () => {
      expect(addMonthsToDateOnly(date, months)).toBe(expected);
    });
  }
});
