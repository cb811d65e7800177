import { ChangeRequestDecision } from './change-request';
import { RejectionDecision } from './officer-decision';
import { ReasonTemplateCreation, ReasonTemplateOrder, ReasonTemplateUpdate } from './reason-template';
import { issueMessageKey, issuePath } from './validation-issues';
import type { z } from 'zod';

const TEMPLATE_ID = '5d2f6c1e-8a3b-4c7d-9e0f-1a2b3c4d5e6f';

function issuesOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issuePath(issue)}:${issueMessageKey(issue)}`);
}

describe('reason template schemas', () => {
  const cases: [string, z.ZodType, unknown, string[]][] = [
    [
      'a new template',
      ReasonTemplateCreation,
      { reasonKind: 'rejection', textVi: 'Sai.', textEn: 'Wrong.' },
      [],
    ],
    [
      'an unknown kind and blank texts',
      ReasonTemplateCreation,
      { reasonKind: 'warning', textVi: ' ', textEn: '' },
      ['reasonKind:invalidOption', 'textVi:required', 'textEn:required'],
    ],
    [
      'a text over 300 characters',
      ReasonTemplateCreation,
      { reasonKind: 'change_request', textVi: 'x'.repeat(301), textEn: 'x' },
      ['textVi:tooLong'],
    ],
    [
      'an update without a version',
      ReasonTemplateUpdate,
      { textVi: 'A.', textEn: 'A.', active: 'no' },
      ['version:required', 'active:invalidType'],
    ],
    [
      'an order',
      ReasonTemplateOrder,
      { reasonKind: 'rejection', templates: [{ id: TEMPLATE_ID, version: 1 }] },
      [],
    ],
    [
      'an empty order',
      ReasonTemplateOrder,
      { reasonKind: 'rejection', templates: [] },
      ['templates:required'],
    ],
    [
      'an order with a malformed id',
      ReasonTemplateOrder,
      { reasonKind: 'rejection', templates: [{ id: 'x', version: 1 }] },
      ['templates.0.id:invalid'],
    ],
    [
      'an order without the versions seen',
      ReasonTemplateOrder,
      { reasonKind: 'rejection', templates: [{ id: TEMPLATE_ID }] },
      ['templates.0.version:required'],
    ],
    ['a rejection by template alone', RejectionDecision, { version: 2, templateId: TEMPLATE_ID }, []],
    ['a rejection by free text alone', RejectionDecision, { version: 2, reason: 'Sai cửa khẩu.' }, []],
    ['a rejection with neither', RejectionDecision, { version: 2, reason: '  ' }, ['reason:required']],
    [
      'a rejection with a malformed template id',
      RejectionDecision,
      { version: 2, templateId: 'x' },
      ['templateId:invalidOption'],
    ],
    [
      'a change request by template alone',
      ChangeRequestDecision,
      { version: 2, templateId: TEMPLATE_ID },
      [],
    ],
    [
      'a field comment by template alone',
      ChangeRequestDecision,
      { version: 2, fieldComments: [{ field: 'sex', templateId: TEMPLATE_ID }] },
      [],
    ],
    [
      'a field comment with neither',
      ChangeRequestDecision,
      { version: 2, fieldComments: [{ field: 'sex' }] },
      ['fieldComments.0.comment:required'],
    ],
  ];

  for (const [name, schema, input, expected] of cases) {
    it(`checks ${name}`, () => {
      expect(issuesOf(schema, input)).toEqual(expected);
    });
  }
});
