import { AuditSearchQuery } from './audit-trail';
import { issueMessageKey, issuePath } from './validation-issues';

function issuesOf(input: unknown): string[] {
  const result = AuditSearchQuery.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issuePath(issue)}:${issueMessageKey(issue)}`);
}

describe('AuditSearchQuery', () => {
  it('normalizes a typed reference code and leaves empty filters out', () => {
    const parsed = AuditSearchQuery.parse({ record: ' lt 7k3q 9c2m ', action: '', ip: '' });

    expect(parsed.record).toBe('LT-7K3Q-9C2M');
    expect(parsed.action).toBeUndefined();
    expect(parsed.ip).toBeUndefined();
    expect(parsed.page).toBe(1);
  });

  it('keeps a declaration id in lower case', () => {
    const parsed = AuditSearchQuery.parse({ record: '7F0C2A52-3F7E-4C55-9D0E-5B1F0A9E2C11' });

    expect(parsed.record).toBe('7f0c2a52-3f7e-4c55-9d0e-5b1f0a9e2c11');
  });

  const invalid: [string, unknown, string[]][] = [
    ['a malformed officer id', { officerId: 'x' }, ['officerId:invalid']],
    ['an action with other characters', { action: "x'; --" }, ['action:invalid']],
    ['a record that is neither id nor code', { record: '%_' }, ['record:invalidReferenceCode']],
    ['an IP address with letters beyond hex', { ip: '10.0.0.x' }, ['ip:invalid']],
    ['a 1,000-character action', { action: 'a'.repeat(1000) }, ['action:tooLong']],
    ['an impossible day', { from: '2026-02-30' }, ['from:invalidDate']],
    ['a reversed range', { from: '2026-03-02', to: '2026-03-01' }, ['to:dateBeforeStart']],
    ['a page size over 100', { pageSize: '101' }, ['pageSize:tooBig']],
  ];
  for (const [name, input, expected] of invalid) {
    it(`rejects ${name}`, () => {
      expect(issuesOf(input)).toEqual(expected);
    });
  }
});
