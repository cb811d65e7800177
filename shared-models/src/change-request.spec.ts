import { ChangeRequestDecision } from './change-request';
import { issueMessageKey, issuePath } from './validation-issues';

function issuesOf(input: unknown): string[] {
  const result = ChangeRequestDecision.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issuePath(issue)}:${issueMessageKey(issue)}`);
}

describe('ChangeRequestDecision', () => {
  it('accepts a general comment alone', () => {
    const parsed = ChangeRequestDecision.parse({ version: 3, comment: '  Thiếu ảnh.  ' });

    expect(parsed).toEqual({ version: 3, comment: 'Thiếu ảnh.', fieldComments: [] });
  });

  it('accepts field comments alone, normalized to NFC', () => {
    const decomposed = 'Sai ngày sinh.'.normalize('NFD');

    const parsed = ChangeRequestDecision.parse({
      version: 3,
      fieldComments: [{ field: ' travellers.0.dateOfBirth ', comment: decomposed }],
    });

    expect(parsed.fieldComments).toEqual([{ field: 'travellers.0.dateOfBirth', comment: 'Sai ngày sinh.' }]);
    expect(parsed.comment).toBeUndefined();
  });

  const invalid: [string, unknown, string[]][] = [
    ['no comment at all', { version: 1 }, ['comment:changeRequestEmpty']],
    ['a blank comment', { version: 1, comment: ' ', fieldComments: [] }, ['comment:changeRequestEmpty']],
    ['no version', { comment: 'x' }, ['version:required']],
    [
      'a blank field comment',
      { version: 1, fieldComments: [{ field: 'sex', comment: ' ' }] },
      ['fieldComments.0.comment:required'],
    ],
    [
      'a missing field',
      { version: 1, fieldComments: [{ comment: 'x' }] },
      ['fieldComments.0.field:required'],
    ],
    ['a long comment', { version: 1, comment: 'x'.repeat(2001) }, ['comment:tooLong']],
    [
      'a long field path',
      { version: 1, fieldComments: [{ field: 'a'.repeat(101), comment: 'x' }] },
      ['fieldComments.0.field:tooLong'],
    ],
    [
      'too many field comments',
      { version: 1, fieldComments: Array.from({ length: 101 }, () => ({ field: 'sex', comment: 'x' })) },
      ['fieldComments:tooBig'],
    ],
  ];
  for (const [name, input, expected] of invalid) {
    it(`rejects ${name}`, () => {
      expect(issuesOf(input)).toEqual(expected);
    });
  }
});
