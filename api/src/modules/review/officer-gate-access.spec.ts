import type { DeclarationSummary, DeclarationView, Page } from '@smartgate/shared-models';

import type { ApiClient } from '../../test/api-client';
import { assignToSelf } from '../../test/declaration-assignment';
import { signedInApplicant, signedInOfficer, submittedDeclaration } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { approvedDeclaration } from '../results/results-fixtures';
import { REVIEW, issuedDeclaration } from './result-revocation.fixtures';

/** A gate of this spec's own; its officers see no declaration of Lệ Thanh. */
const OTHER_GATE = 'GAX';

async function ensureOtherGate(): Promise<void> {
  await testEnvironment().sequelize.query(
    `INSERT INTO gates (code, name_vi, name_en, facing_gate_name, facing_province, facing_country, active)
     VALUES (:code, 'Cửa khẩu kiểm thử quyền', 'Access spec gate', 'Spec facing gate', 'Spec province', 'KHM', false)
     ON CONFLICT (code) DO NOTHING`,
    { replacements: { code: OTHER_GATE } },
  );
}

/** Lists every officer route that reads or changes one declaration, each with a valid body. */
function declarationRoutes(
  declaration: DeclarationView,
): [string, (client: ApiClient) => Promise<{ status: number }>][] {
  const path = `${REVIEW}/${declaration.id}`;
  const version = { version: declaration.version };
  return [
    ['view', (client) => client.get(path)],
    ['trail', (client) => client.get(`${path}/trail`)],
    ['approve', (client) => client.post(`${path}/approve`, version)],
    ['reject', (client) => client.post(`${path}/reject`, { ...version, reason: 'Hồ sơ không hợp lệ.' })],
    [
      'revoke-result',
      (client) => client.post(`${path}/revoke-result`, { ...version, reason: 'Thu hồi kiểm thử.' }),
    ],
    ['retry-result', (client) => client.post(`${path}/retry-result`)],
  ];
}

describe('officer gate access', () => {
  let applicant: ApiClient;

  beforeAll(async () => {
    await ensureOtherGate();
  });

  beforeEach(async () => {
    ({ client: applicant } = await signedInApplicant());
  });

  it('answers 404 for a declaration of another gate', async () => {
    const submitted = await submittedDeclaration(applicant);
    const { client } = await signedInOfficer('en', { role: 'administrator', gateCodes: [OTHER_GATE] });

    for (const [name, call] of declarationRoutes(submitted)) {
      const response = (await call(client)) as { status: number; body: { type: string } };
      expect(response.status).withContext(name).toBe(404);
      expect(response.body.type).withContext(name).toBe('/api/problems/not-found');
    }
    const view = await applicant.get(`/api/applicant/declarations/${submitted.id}`).expect(200);
    expect((view.body as DeclarationView).status).toBe('submitted');
  });

  it('hides an issued result of another gate', async () => {
    const issued = await issuedDeclaration(applicant);
    const { client } = await signedInOfficer('en', { role: 'supervisor', gateCodes: [OTHER_GATE] });

    await client
      .post(`${REVIEW}/${issued.id}/revoke-result`, { version: issued.version, reason: 'Thử.' })
      .expect(404);
  });

  it('hides a failed result of another gate', async () => {
    const { sequelize } = testEnvironment();
    const approved = await approvedDeclaration(sequelize);
    await sequelize.query(`UPDATE results SET status = 'failed' WHERE id = :id`, {
      replacements: { id: approved.resultId },
    });
    const { client } = await signedInOfficer('en', { role: 'supervisor', gateCodes: [OTHER_GATE] });

    await client.post(`${REVIEW}/${approved.declarationId}/retry-result`).expect(404);
  });

  it('leaves declarations of another gate out of the list', async () => {
    const submitted = await submittedDeclaration(applicant);
    const { client: outsider } = await signedInOfficer('en', { gateCodes: [OTHER_GATE] });
    const { client: insider } = await signedInOfficer('en', { gateCodes: ['LT', OTHER_GATE] });

    const outside = (await outsider.get(`${REVIEW}?pageSize=100`).expect(200))
      .body as Page<DeclarationSummary>;
    const inside = (await insider.get(`${REVIEW}?pageSize=100`).expect(200)).body as Page<DeclarationSummary>;

    expect(outside.items.map((item) => item.id)).not.toContain(submitted.id);
    expect(outside.total).toBe(0);
    expect(inside.total).toBeGreaterThan(0);
    await insider.get(`${REVIEW}/${submitted.id}`).expect(200);
  });

  it('lets an officer of the gate decide', async () => {
    const submitted = await submittedDeclaration(applicant);
    const { client } = await signedInOfficer('en', { gateCodes: ['LT'] });
    await assignToSelf(client, submitted);

    await client.post(`${REVIEW}/${submitted.id}/approve`, { version: submitted.version }).expect(200);
  });

  it('rejects an applicant session on every route', async () => {
    const submitted = await submittedDeclaration(applicant);

    for (const [name, call] of declarationRoutes(submitted)) {
      const response = (await call(applicant)) as { status: number; body: { type: string } };
      expect(response.status).withContext(name).toBe(401);
      expect(response.body.type).withContext(name).toBe('/api/problems/unauthenticated');
    }
    await applicant.get(REVIEW).expect(401);
  });
});
