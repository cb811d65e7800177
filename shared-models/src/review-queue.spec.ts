import { ReviewQueueQuery } from './review-queue';
import { issueMessageKey, issuePath } from './validation-issues';

function issuesOf(input: Record<string, unknown>): string[] {
  const result = ReviewQueueQuery.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issuePath(issue)}:${issueMessageKey(issue)}`);
}

describe('review queue query', () => {
  it('defaults to page 1 of 20 without filters', () => {
    expect(ReviewQueueQuery.parse({})).toEqual({ page: 1, pageSize: 20 });
  });

  it('reads empty form fields as absent', () => {
    const query = ReviewQueueQuery.parse({ queue: '', search: '  ', direction: '', gate: '' });

    expect(query.queue).toBeUndefined();
    expect(query.search).toBeUndefined();
    expect(query.direction).toBeUndefined();
    expect(query.gate).toBeUndefined();
  });

  it('normalizes search text to NFC', () => {
    const decomposed = 'Nguyê\u0303n';

    expect(ReviewQueueQuery.parse({ search: ` ${decomposed} ` }).search).toBe('Nguyễn');
  });

  it('normalizes gate and nationality codes', () => {
    const query = ReviewQueueQuery.parse({ gate: ' lt ', nationality: 'khm' });

    expect(query.gate).toBe('LT');
    expect(query.nationality).toBe('KHM');
  });

  const invalid: [string, Record<string, unknown>, string[]][] = [
    ['one character', { search: 'a' }, ['search:searchTooShort']],
    ['101 characters', { search: 'a'.repeat(101) }, ['search:searchTooLong']],
    ['a search list', { search: ['a', 'b'] }, ['search:invalidType']],
    ['an unknown queue', { queue: 'later' }, ['queue:invalidOption']],
    ['an unknown kind', { declarationKind: 'boat' }, ['declarationKind:unknownDeclarationKind']],
    ['a draft status', { status: 'draft' }, ['status:invalidOption']],
    ['a gate code with symbols', { gate: 'L%' }, ['gate:unknownGate']],
    ['an impossible date', { plannedFrom: '2026-02-30' }, ['plannedFrom:invalidDate']],
    [
      'a reversed range',
      { plannedFrom: '2026-03-02', plannedTo: '2026-03-01' },
      ['plannedTo:dateBeforeStart'],
    ],
    ['a page past 10,000 matches', { page: 501, pageSize: 20 }, ['page:pageBeyondLimit']],
    ['an unknown sort', { sort: 'age', order: 'up' }, ['sort:invalidOption', 'order:invalidOption']],
  ];

  for (const [name, input, expected] of invalid) {
    it(`rejects ${name}`, () => {
      expect(issuesOf(input)).toEqual(expected);
    });
  }

  it('accepts the last page within 10,000 matches', () => {
    expect(issuesOf({ page: 500, pageSize: 20 })).toEqual([]);
  });
});
