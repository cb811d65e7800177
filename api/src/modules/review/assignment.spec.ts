import type { AssignmentView, DeclarationView } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import type { ApiClient } from '../../test/api-client';
import { signedInApplicant } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { REVIEW, ensureSpecGate, gateOfficer, submitAtGate } from './queue-fixtures';

const GATE = 'QHOLD';

describe('declaration holds', () => {
  let applicant: ApiClient;
  let holder: { client: ApiClient; id: string };
  let other: { client: ApiClient; id: string };
  let declaration: DeclarationView;

  const assign = (client: ApiClient, body: Record<string, unknown> = {}) =>
    client.post(`${REVIEW}/${declaration.id}/assign`, { version: declaration.version, ...body });

  async function auditActions(
    officerId: string,
  ): Promise<{ action: string; details: Record<string, unknown> | null }[]> {
    const [rows] = await testEnvironment().sequelize.query(
      'SELECT action, details FROM audit_log WHERE declaration_id = $1 AND actor_id = $2 ORDER BY id',
      { bind: [declaration.id, officerId] },
    );
    return rows as { action: string; details: Record<string, unknown> | null }[];
  }

  beforeAll(async () => {
    await ensureSpecGate(GATE);
    ({ client: applicant } = await signedInApplicant());
  });

  beforeEach(async () => {
    holder = await gateOfficer([GATE]);
    other = await gateOfficer([GATE]);
    declaration = await submitAtGate(applicant, GATE, [{ fullName: 'Phạm Văn Khoa' }]);
  });

  it('give the declaration to the officer', async () => {
    const response = await assign(holder.client).expect(200);

    const view = response.body as AssignmentView;
    expect(view.assignment).toEqual(
      jasmine.objectContaining({ officerId: holder.id, officerName: 'Lê Văn Cường' }),
    );
    expect(view.version).toBe(declaration.version);
    expect(await auditActions(holder.id)).toEqual([
      jasmine.objectContaining({ action: 'declaration.assigned' }),
    ]);
  });

  it('treat holding again as a no-op', async () => {
    await assign(holder.client).expect(200);
    await assign(holder.client).expect(200);

    expect((await auditActions(holder.id)).length).toBe(1);
  });

  it('refuse another officer with 409 naming the holder', async () => {
    await assign(holder.client).expect(200);

    const response = await assign(other.client).set('Accept-Language', 'vi').expect(409);

    expect(response.body.type).toBe('/api/problems/declaration-held');
    expect(response.body.holder).toEqual(
      jasmine.objectContaining({ officerId: holder.id, officerName: 'Lê Văn Cường' }),
    );
    expect(response.body.detail).toContain('Lê Văn Cường');
  });

  it("refuse another officer's decisions on a held declaration", async () => {
    await assign(holder.client).expect(200);
    const id = declaration.id;
    const version = declaration.version;

    const approval = await other.client
      .post(`${REVIEW}/${id}/approve`, { version })
      .set('Accept-Language', 'en')
      .expect(409);
    const rejection = await other.client
      .post(`${REVIEW}/${id}/reject`, { version, reason: 'Không hợp lệ.' })
      .expect(409);
    const changes = await other.client
      .post(`${REVIEW}/${id}/request-changes`, { version, comment: 'Sửa.' })
      .expect(409);

    expect(approval.body.detail).toBe(
      'Officer Lê Văn Cường is handling this declaration. Only they can decide it, unless a supervisor takes it over.',
    );
    for (const response of [rejection, changes]) {
      expect(response.body.holder.officerId).toBe(holder.id);
    }
    await holder.client.post(`${REVIEW}/${id}/approve`, { version }).expect(200);
  });

  it('name the holder even for a stale version', async () => {
    await assign(holder.client).expect(200);

    const response = await other.client
      .post(`${REVIEW}/${declaration.id}/approve`, { version: declaration.version - 1 })
      .expect(409);

    expect(response.body.type).toBe('/api/problems/declaration-held');
  });

  it('let one of two simultaneous officers hold it', async () => {
    const responses = await Promise.all([assign(holder.client), assign(other.client)]);

    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    const holds = await testEnvironment().sequelize.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM audit_log WHERE declaration_id = $1 AND action = $2',
      { bind: [declaration.id, 'declaration.assigned'], type: QueryTypes.SELECT },
    );
    expect(holds).toEqual([{ count: 1 }]);
  });

  it('refuse a stale version', async () => {
    const response = await assign(holder.client, { version: declaration.version + 1 }).expect(409);

    expect(response.body.type).toBe('/api/problems/version-conflict');
  });

  it('refuse a declaration that is no longer submitted', async () => {
    await assign(holder.client).expect(200);
    await holder.client
      .post(`${REVIEW}/${declaration.id}/approve`, { version: declaration.version })
      .expect(200);

    const response = await assign(holder.client, { version: declaration.version + 1 }).expect(409);

    expect(response.body.type).toBe('/api/problems/invalid-status-transition');
  });

  it('refuse a gate officer', async () => {
    const gateOfficerClient = await gateOfficer([GATE], 'gate_officer');

    const response = await assign(gateOfficerClient.client).expect(403);

    expect(response.body.type).toBe('/api/problems/forbidden');
  });

  it('let only supervisors take over', async () => {
    await assign(holder.client).expect(200);

    const response = await assign(other.client, { takeOver: true }).expect(403);

    expect(response.body.detail).toBeDefined();
  });

  it('let a supervisor take over and decide', async () => {
    await assign(holder.client).expect(200);
    const supervisor = await gateOfficer([GATE], 'supervisor');

    const response = await assign(supervisor.client, { takeOver: true }).expect(200);

    expect(response.body.assignment.officerId).toBe(supervisor.id);
    expect(await auditActions(supervisor.id)).toEqual([
      jasmine.objectContaining({
        action: 'declaration.taken_over',
        details: { previousOfficerId: holder.id },
      }),
    ]);
    await holder.client
      .post(`${REVIEW}/${declaration.id}/approve`, { version: declaration.version })
      .expect(409);
    await supervisor.client
      .post(`${REVIEW}/${declaration.id}/approve`, { version: declaration.version })
      .expect(200);
  });

  it('release by the holder', async () => {
    await assign(holder.client).expect(200);

    const response = await holder.client
      .post(`${REVIEW}/${declaration.id}/release`, { version: declaration.version })
      .expect(200);

    expect(response.body.assignment).toBeNull();
    await assign(other.client).expect(200);
  });

  it('refuse release by another reviewer but allow a supervisor', async () => {
    await assign(holder.client).expect(200);
    const supervisor = await gateOfficer([GATE], 'supervisor');
    const release = { version: declaration.version };

    await other.client.post(`${REVIEW}/${declaration.id}/release`, release).expect(409);
    await supervisor.client.post(`${REVIEW}/${declaration.id}/release`, release).expect(200);

    const current = await other.client.get(`${REVIEW}/${declaration.id}/assignment`).expect(200);
    expect(current.body.assignment).toBeNull();
  });

  it("hide other gates' declarations", async () => {
    const stranger = await gateOfficer(['LT']);

    await assign(stranger.client).expect(404);
    await stranger.client.get(`${REVIEW}/${declaration.id}/assignment`).expect(404);
  });

  it('validate the request body', async () => {
    const response = await holder.client
      .post(`${REVIEW}/${declaration.id}/assign`, { version: 'one', takeOver: 'yes' })
      .expect(400);

    const paths = response.body.errors.map((error: { path: string }) => error.path).sort();
    expect(paths).toEqual(['takeOver', 'version']);
  });
});
