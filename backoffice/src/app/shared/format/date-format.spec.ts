import { formatDateOnly, formatDateOrTimestamp, formatTimestamp } from './date-format';

describe('formatDateOnly', () => {
  it('rearranges YYYY-MM-DD into dd/MM/yyyy', () => {
    expect(formatDateOnly('2026-03-09')).toBe('09/03/2026');
  });

  it('keeps the calendar day of the first of a month', () => {
    // new Date('2026-01-01') is UTC midnight, which is still 31 December in time zones west of UTC.
    expect(formatDateOnly('2026-01-01')).toBe('01/01/2026');
  });

  it('keeps dates before 1975 unchanged', () => {
    expect(formatDateOnly('1970-01-01')).toBe('01/01/1970');
  });

  it('returns an empty string for a missing value', () => {
    expect(formatDateOnly(null)).toBe('');
    expect(formatDateOnly(undefined)).toBe('');
    expect(formatDateOnly('')).toBe('');
  });

  it('returns a value that is not YYYY-MM-DD unchanged', () => {
    expect(formatDateOnly('10/03/2026')).toBe('10/03/2026');
  });
});

describe('formatTimestamp', () => {
  it('shows UTC timestamps in Asia/Ho_Chi_Minh', () => {
    expect(formatTimestamp('2026-03-09T01:05:00Z')).toBe('09/03/2026 08:05');
  });

  it('moves a late-evening UTC time to the next local day', () => {
    expect(formatTimestamp('2026-02-28T17:30:00.000Z')).toBe('01/03/2026 00:30');
  });

  it('uses a 24-hour clock', () => {
    expect(formatTimestamp('2026-03-09T08:45:00Z')).toBe('09/03/2026 15:45');
  });

  it('accepts another time zone', () => {
    expect(formatTimestamp('2026-03-09T01:05:00Z', 'UTC')).toBe('09/03/2026 01:05');
  });

  it('returns an empty string for a missing value', () => {
    expect(formatTimestamp(null)).toBe('');
  });

  it('returns an unparseable value unchanged', () => {
    expect(formatTimestamp('not a time')).toBe('not a time');
  });
});

describe('formatDateOrTimestamp', () => {
  it('formats a date-only value without a time', () => {
    expect(formatDateOrTimestamp('2026-12-31')).toBe('31/12/2026');
  });

  it('formats a timestamp in local time', () => {
    expect(formatDateOrTimestamp('2026-12-31T16:59:00Z')).toBe('31/12/2026 23:59');
  });
});
