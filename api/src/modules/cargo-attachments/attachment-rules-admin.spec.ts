import type { AttachmentRule, AttachmentRuleInput, Problem } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import type { ApiClient } from '../../test/api-client';
import { signedInOfficer } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';

const ADMIN_RULES = '/api/officer/reference/attachment-rules';

function newRule(overrides: Partial<Record<keyof AttachmentRuleInput, unknown>> = {}) {
  return {
    attachmentType: 'other',
    direction: 'entry',
    hsChapterFrom: '44',
    hsChapterTo: '44',
    hsControl: null,
    active: true,
    noteVi: 'Gỗ nhập khẩu cần hồ sơ lâm sản.',
    noteEn: 'Wood imports need a forest products record.',
    ...overrides,
  };
}

/** The field errors of a problem response as `path: code` pairs. */
function fieldErrors(body: unknown): string[] {
  return ((body as Problem).errors ?? []).map((error) => `${error.path}: ${error.code}`);
}

describe('attachment rule administration', () => {
  let admin: ApiClient;
  const createdIds: string[] = [];

  beforeEach(async () => {
    admin = (await signedInOfficer('en', { role: 'administrator' })).client;
  });

  afterAll(async () => {
    // Deactivate this spec's rules, so that other specs see the seeded rules only.
    await testEnvironment().sequelize.query('UPDATE attachment_rules SET active = false WHERE id IN (:ids)', {
      replacements: { ids: createdIds.length > 0 ? createdIds : ['00000000-0000-0000-0000-000000000000'] },
    });
  });

  async function createRule(overrides = {}): Promise<AttachmentRule> {
    const rule = (await admin.post(ADMIN_RULES, newRule(overrides)).expect(201)).body as AttachmentRule;
    createdIds.push(rule.id);
    return rule;
  }

  it('reports an invalid chapter only as invalid', async () => {
    const response = await admin
      .post(ADMIN_RULES, newRule({ hsChapterFrom: '06', hsChapterTo: '0' }))
      .expect(400);

    expect(fieldErrors(response.body)).toEqual(['hsChapterTo: invalidHsChapter']);
  });

  it('names each invalid field of a rule', async () => {
    const response = await admin
      .post(ADMIN_RULES, newRule({ attachmentType: 'receipt', direction: 'both', noteEn: ' ' }))
      .expect(400);

    expect(fieldErrors(response.body)).toEqual(
      jasmine.arrayWithExactContents([
        'attachmentType: invalidOption',
        'direction: invalidOption',
        'noteEn: required',
      ]),
    );
  });

  it('asks for the missing end of a chapter range', async () => {
    const response = await admin
      .post(ADMIN_RULES, newRule({ hsChapterFrom: '00', hsChapterTo: null }))
      .expect(400);

    expect(fieldErrors(response.body)).toEqual(['hsChapterFrom: invalidHsChapter', 'hsChapterTo: required']);
  });

  it('normalizes the notes it stores', async () => {
    const decomposed = 'Gỗ nhập khẩu'.normalize('NFD');

    const rule = await createRule({ noteVi: `  ${decomposed}  ` });

    expect(rule.noteVi).toBe('Gỗ nhập khẩu'.normalize('NFC'));
  });

  it('answers 404 for an unknown or malformed rule id', async () => {
    const body = { ...newRule(), version: 1 };

    await admin.put(`${ADMIN_RULES}/6f1c0a52-0000-4000-8000-000000000000`, body).expect(404);
    await admin.put(`${ADMIN_RULES}/not-a-rule`, body).expect(404);
  });

  it('keeps the stored rule on a stale version and audits only the change', async () => {
    const rule = await createRule();
    await admin
      .put(`${ADMIN_RULES}/${rule.id}`, { ...newRule({ active: false }), version: rule.version })
      .expect(200);

    const stale = await admin
      .put(`${ADMIN_RULES}/${rule.id}`, { ...newRule({ hsChapterTo: '46' }), version: rule.version })
      .expect(409);

    expect((stale.body as Problem).type).toBe('/api/problems/version-conflict');
    const stored = ((await admin.get(ADMIN_RULES).expect(200)).body as AttachmentRule[]).find(
      (item) => item.id === rule.id,
    );
    expect(stored?.hsChapterTo).toBe('44');
    expect(stored?.active).toBeFalse();
    expect(stored?.version).toBe(rule.version + 1);
    const audits = await testEnvironment().sequelize.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE details->>'ruleId' = :ruleId ORDER BY id`,
      { replacements: { ruleId: rule.id }, type: QueryTypes.SELECT },
    );
    expect(audits.map((audit) => audit.action)).toEqual([
      'reference.attachment_rule.created',
      'reference.attachment_rule.updated',
    ]);
  });

  it('rejects a change without its version', async () => {
    const rule = await createRule();

    const response = await admin.put(`${ADMIN_RULES}/${rule.id}`, newRule()).expect(400);

    expect(fieldErrors(response.body)).toEqual(['version: invalidVersion']);
  });

  it('lets no supervisor change a rule', async () => {
    const rule = await createRule();
    const { client: supervisor } = await signedInOfficer('en', { role: 'supervisor' });

    await supervisor.put(`${ADMIN_RULES}/${rule.id}`, { ...newRule(), version: rule.version }).expect(403);
  });
});
