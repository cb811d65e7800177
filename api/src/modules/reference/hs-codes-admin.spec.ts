import type { HsCodeOption, Problem } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import type { ApiClient } from '../../test/api-client';
import { signedInOfficer } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';

const ADMIN_HS_CODES = '/api/officer/reference/hs-codes';

/** A tariff line of this spec's own, so that changing its control touches no other spec's goods. */
const LINE = '97019911';

async function insertSpecLine(): Promise<void> {
  const rows: [string, string | null, boolean][] = [
    ['97', null, false],
    ['9701', '97', false],
    ['970199', '9701', false],
    [LINE, '970199', true],
  ];
  for (const [code, parentCode, selectable] of rows) {
    await testEnvironment().sequelize.query(
      `INSERT INTO hs_codes (code, level, description_vi, description_en, search_text, chapter, parent_code, selectable)
       VALUES (:code, length(:code), 'Tranh vẽ', 'Paintings', 'tranh ve paintings', left(:code, 2), :parentCode, :selectable)
       ON CONFLICT (code) DO NOTHING`,
      { replacements: { code, parentCode, selectable } },
    );
  }
}

function controlUrl(code: string): string {
  return `${ADMIN_HS_CODES}/${encodeURIComponent(code)}/control`;
}

function fieldErrors(body: unknown): string[] {
  return ((body as Problem).errors ?? []).map((error) => `${error.path}: ${error.code}`);
}

async function auditedChanges(): Promise<{ before: string | null; after: string | null }[]> {
  return testEnvironment().sequelize.query(
    `SELECT details->>'before' AS before, details->>'after' AS after FROM audit_log
      WHERE action = 'reference.hs_code.control_changed' AND details->>'code' = :code ORDER BY id`,
    { replacements: { code: LINE }, type: QueryTypes.SELECT },
  );
}

describe('HS code control administration', () => {
  let admin: ApiClient;

  beforeAll(async () => {
    await insertSpecLine();
  });

  beforeEach(async () => {
    await testEnvironment().sequelize.query('UPDATE hs_codes SET control = NULL WHERE code = :code', {
      replacements: { code: LINE },
    });
    admin = (await signedInOfficer('en', { role: 'administrator' })).client;
  });

  it('sets a control, lists the code as controlled and audits the change', async () => {
    const auditsBefore = (await auditedChanges()).length;

    const response = await admin
      .put(controlUrl(LINE), { hsControl: 'licence_required', expectedHsControl: null })
      .expect(200);

    expect((response.body as HsCodeOption).control).toBe('licence_required');
    const controlled = (await admin.get(`${ADMIN_HS_CODES}?controlled=true`).expect(200))
      .body as HsCodeOption[];
    expect(controlled.find((item) => item.code === LINE)?.control).toBe('licence_required');
    expect((await auditedChanges()).slice(auditsBefore)).toEqual([
      { before: null, after: 'licence_required' },
    ]);
  });

  it('finds codes by search text', async () => {
    const found = (await admin.get(`${ADMIN_HS_CODES}?q=9701.99`).expect(200)).body as HsCodeOption[];

    expect(found.map((item) => item.code)).toContain(LINE);
  });

  it('accepts a code written with dots', async () => {
    await admin
      .put(controlUrl('9701.99.11'), { hsControl: 'prohibited', expectedHsControl: null })
      .expect(200);
  });

  it('rejects a change made on a control that changed since', async () => {
    await admin.put(controlUrl(LINE), { hsControl: 'prohibited', expectedHsControl: null }).expect(200);

    const response = await admin
      .put(controlUrl(LINE), { hsControl: 'licence_required', expectedHsControl: null })
      .expect(409);

    expect((response.body as Problem).type).toBe('/api/problems/version-conflict');
    const [stored] = (await admin.get(`${ADMIN_HS_CODES}?q=${LINE}`).expect(200)).body as HsCodeOption[];
    expect(stored.control).toBe('prohibited');
  });

  it('records nothing when the control stays the same', async () => {
    const auditsBefore = (await auditedChanges()).length;

    await admin.put(controlUrl(LINE), { hsControl: null, expectedHsControl: null }).expect(200);

    expect((await auditedChanges()).length).toBe(auditsBefore);
  });

  it('names the invalid fields of a change', async () => {
    const response = await admin.put(controlUrl(LINE), { hsControl: 'banned' }).expect(400);

    expect(fieldErrors(response.body)).toEqual(
      jasmine.arrayWithExactContents(['hsControl: invalidOption', 'expectedHsControl: required']),
    );
  });

  it('answers 404 for an unknown or malformed code', async () => {
    const body = { hsControl: 'prohibited', expectedHsControl: null };

    await admin.put(controlUrl('97019999'), body).expect(404);
    await admin.put(controlUrl('9701x'), body).expect(404);
    await admin.put(controlUrl('970'), body).expect(404);
  });

  it('lets only administrators see and change controls', async () => {
    const { client: supervisor } = await signedInOfficer('en', { role: 'supervisor' });

    await supervisor.get(`${ADMIN_HS_CODES}?controlled=true`).expect(403);
    await supervisor.put(controlUrl(LINE), { hsControl: 'prohibited', expectedHsControl: null }).expect(403);
  });
});
