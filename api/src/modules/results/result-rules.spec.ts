import { addDays, formatResultNumber, validityWindow, verificationStatus } from './result-rules';

describe('result rules', () => {
  it('formats result numbers with six digits', () => {
    expect(formatResultNumber('LT', 2026, 1)).toBe('LT-2026-000001');
    expect(formatResultNumber('LT', 2026, 123456)).toBe('LT-2026-123456');
  });

  it('adds days across month, year and leap-day ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('counts the crossing day as the first valid day', () => {
    expect(validityWindow('2026-12-05', 3)).toEqual({ validFrom: '2026-12-05', validUntil: '2026-12-07' });
    expect(validityWindow('2026-12-05', 1)).toEqual({ validFrom: '2026-12-05', validUntil: '2026-12-05' });
  });

  it('rejects a validity of zero days', () => {
    expect(() => validityWindow('2026-12-05', 0)).toThrowError(RangeError);
  });

  describe('verification status', () => {
    const window = { validFrom: '2026-12-05', validUntil: '2026-12-07' };
    const cases: [string, Parameters<typeof verificationStatus>[0]['status'], string, string][] = [
      ['issued before the window', 'issued', '2026-12-04', 'not_yet_valid'],
      ['issued on the first day', 'issued', '2026-12-05', 'valid'],
      ['issued on the last day', 'issued', '2026-12-07', 'valid'],
      ['issued after the window', 'issued', '2026-12-08', 'expired'],
      ['pending inside the window', 'pending', '2026-12-06', 'pending'],
      ['failed inside the window', 'failed', '2026-12-06', 'pending'],
      ['pending after the window', 'pending', '2026-12-08', 'expired'],
      ['revoked inside the window', 'revoked', '2026-12-06', 'revoked'],
      ['revoked after the window', 'revoked', '2026-12-08', 'revoked'],
    ];

    for (const [name, status, today, expected] of cases) {
      it(`is ${expected} when ${name}`, () => {
        expect(verificationStatus({ status, ...window }, today)).toBe(expected);
      });
    }

    it('is used once every traveller crossed, even after the window', () => {
      const usedAt = new Date('2026-12-05T02:00:00Z');

      expect(verificationStatus({ status: 'issued', ...window, usedAt }, '2026-12-05')).toBe('used');
      expect(verificationStatus({ status: 'issued', ...window, usedAt }, '2026-12-09')).toBe('used');
    });

    it('is revoked when a used result is revoked', () => {
      const usedAt = new Date('2026-12-05T02:00:00Z');

      expect(verificationStatus({ status: 'revoked', ...window, usedAt }, '2026-12-05')).toBe('revoked');
    });
  });
});
