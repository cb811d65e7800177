import { ResultRevocation } from './result-revocation';
import { issueMessageKey } from './validation-issues';

describe('ResultRevocation', () => {
  it('accepts a version and a reason, normalized', () => {
    const parsed = ResultRevocation.parse({ version: 4, reason: '  Giấy tờ giả mạo.  ' });

    expect(parsed).toEqual({ version: 4, reason: 'Giấy tờ giả mạo.' });
  });

  const invalidCases: { name: string; input: unknown; path: string; key: string }[] = [
    { name: 'missing reason', input: { version: 4 }, path: 'reason', key: 'required' },
    { name: 'blank reason', input: { version: 4, reason: '   ' }, path: 'reason', key: 'required' },
    { name: 'long reason', input: { version: 4, reason: 'x'.repeat(1001) }, path: 'reason', key: 'tooLong' },
    { name: 'missing version', input: { reason: 'Sai' }, path: 'version', key: 'required' },
    { name: 'zero version', input: { version: 0, reason: 'Sai' }, path: 'version', key: 'invalidVersion' },
  ];

  for (const { name, input, path, key } of invalidCases) {
    it(`rejects a ${name}`, () => {
      const result = ResultRevocation.safeParse(input);

      expect(result.success).toBeFalse();
      expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([path]);
      expect(result.error?.issues.map(issueMessageKey)).toEqual([key]);
    });
  }
});
