import { resultFindings, verdictOf, type VerdictFacts } from './gate-verdict';

const TODAY = '2026-12-05';

function facts(overrides: Partial<VerdictFacts> = {}): VerdictFacts {
  return {
    resultStatus: 'issued',
    resultGateCode: 'LT',
    direction: 'exit',
    validFrom: TODAY,
    validUntil: '2026-12-07',
    usedAt: null,
    ...overrides,
  };
}

const EXIT_LANE = { gateCode: 'LT', direction: 'exit' as const, today: TODAY };

describe('resultFindings', () => {
  const cases: [
    string,
    Partial<VerdictFacts>,
    { gateCode?: string; direction?: 'entry' | 'exit' | null; today?: string },
    string[],
  ][] = [
    ['an issued result on its day', {}, {}, []],
    ['the last day of the window', {}, { today: '2026-12-07' }, []],
    ['a lane of both directions', {}, { direction: null }, []],
    ['a revoked result', { resultStatus: 'revoked' }, {}, ['revoked']],
    ['a used result', { usedAt: new Date() }, {}, ['used']],
    ['a day after the window', {}, { today: '2026-12-08' }, ['expired']],
    ['a result not rendered yet', { resultStatus: 'pending' }, {}, ['not_issued']],
    ['another gate', {}, { gateCode: 'BY' }, ['wrong_gate']],
    ['an entry lane', {}, { direction: 'entry' }, ['wrong_direction']],
    ['the day before the window', {}, { today: '2026-12-04' }, ['wrong_day']],
    [
      'a revoked result at another gate',
      { resultStatus: 'revoked' },
      { gateCode: 'BY' },
      ['revoked', 'wrong_gate'],
    ],
  ];

  for (const [name, factOverrides, laneOverrides, expected] of cases) {
    it(`lists ${expected.join(', ') || 'nothing'} for ${name}`, () => {
      expect(resultFindings(facts(factOverrides), { ...EXIT_LANE, ...laneOverrides })).toEqual(
        expected as never,
      );
    });
  }

  it('takes the most serious finding as the verdict', () => {
    expect(verdictOf(['revoked', 'wrong_gate'])).toBe('revoked');
    expect(verdictOf([])).toBe('valid');
  });
});
