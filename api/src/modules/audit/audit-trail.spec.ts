import type { AuditTrailPage, DeclarationView } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import type { ApiClient } from '../../test/api-client';
import { assignToSelf } from '../../test/declaration-assignment';
import { signedInApplicant, signedInOfficer, submittedDeclaration } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';

const REVIEW = '/api/officer/declarations';
const SEARCH = '/api/officer/admin/audit-log';

async function auditCount(officerId: string, action: string): Promise<number> {
  const [row] = await testEnvironment().sequelize.query<{ count: number }>(
    'SELECT count(*)::int AS count FROM audit_log WHERE actor_id = $1 AND action = $2',
    { bind: [officerId, action], type: QueryTypes.SELECT },
  );
  return row.count;
}

describe('record trail', () => {
  let applicant: ApiClient;
  let reviewer: { client: ApiClient; id: string; name: string };
  let supervisor: { client: ApiClient; id: string };
  let declaration: DeclarationView;

  beforeEach(async () => {
    ({ client: applicant } = await signedInApplicant());
    const signedInReviewer = await signedInOfficer('en');
    reviewer = {
      client: signedInReviewer.client,
      id: signedInReviewer.officer.id,
      name: signedInReviewer.profile.fullName,
    };
    const signedInSupervisor = await signedInOfficer('en', { role: 'supervisor' });
    supervisor = { client: signedInSupervisor.client, id: signedInSupervisor.officer.id };

    declaration = await submittedDeclaration(applicant);
    await reviewer.client.get(`${REVIEW}/${declaration.id}`).expect(200);
    await assignToSelf(reviewer.client, declaration);
    await reviewer.client
      .post(`${REVIEW}/${declaration.id}/approve`, { version: declaration.version })
      .expect(200);
  });

  it('lists who did what, newest first', async () => {
    const response = await supervisor.client.get(`${REVIEW}/${declaration.id}/trail`).expect(200);

    const page = response.body as AuditTrailPage;
    expect(page.items.map((entry) => entry.action)).toEqual([
      'declaration.approved',
      'declaration.assigned',
      'declaration.viewed',
    ]);
    expect(page.items[0]).toEqual(
      jasmine.objectContaining({
        actorType: 'officer',
        actorId: reviewer.id,
        officerName: reviewer.name,
        declarationId: declaration.id,
        referenceCode: declaration.referenceCode,
      }),
    );
    expect(page.items[0].ip).toBeTruthy();
    expect(page.items[0].at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(page.total).toBe(3);
    expect(page.timeZone).toBe('Asia/Ho_Chi_Minh');
  });

  it('pages the trail and audits each read', async () => {
    const first = await supervisor.client.get(`${REVIEW}/${declaration.id}/trail?pageSize=2`).expect(200);
    const second = await supervisor.client
      .get(`${REVIEW}/${declaration.id}/trail?pageSize=2&page=2`)
      .expect(200);

    expect(first.body.items.length).toBe(2);
    // The first read is in the trail too, so the second page starts one entry later.
    expect(second.body.total).toBe(4);
    expect(second.body.items.map((entry: { action: string }) => entry.action)).toEqual([
      'declaration.assigned',
      'declaration.viewed',
    ]);
    expect(await auditCount(supervisor.id, 'declaration.trail.viewed')).toBe(2);
  });

  it('keeps reviewers and gate officers out', async () => {
    const { client: gateOfficer } = await signedInOfficer('en', { role: 'gate_officer' });

    const response = await reviewer.client.get(`${REVIEW}/${declaration.id}/trail`).expect(403);
    await gateOfficer.get(`${REVIEW}/${declaration.id}/trail`).expect(403);

    expect(response.body.type).toBe('/api/problems/forbidden');
  });

  it('answers 401 to an applicant session', async () => {
    const response = await applicant.get(`${REVIEW}/${declaration.id}/trail`).expect(401);

    expect(response.body.type).toBe('/api/problems/unauthenticated');
  });

  it('validates the paging parameters', async () => {
    const response = await supervisor.client
      .get(`${REVIEW}/${declaration.id}/trail?pageSize=1000`)
      .expect(400);

    expect(response.body.errors[0]).toEqual(jasmine.objectContaining({ path: 'pageSize', code: 'tooBig' }));
  });
});

describe('audit search', () => {
  let administrator: { client: ApiClient; id: string };
  let reviewer: { client: ApiClient; id: string };
  let declaration: DeclarationView;

  beforeEach(async () => {
    const signedInAdministrator = await signedInOfficer('en', { role: 'administrator' });
    administrator = { client: signedInAdministrator.client, id: signedInAdministrator.officer.id };
    const signedInReviewer = await signedInOfficer('en');
    reviewer = { client: signedInReviewer.client, id: signedInReviewer.officer.id };

    const { client: applicant } = await signedInApplicant();
    declaration = await submittedDeclaration(applicant);
    await assignToSelf(reviewer.client, declaration);
    await reviewer.client
      .post(`${REVIEW}/${declaration.id}/reject`, { version: declaration.version, reason: 'Ảnh không rõ.' })
      .expect(200);
  });

  it('finds entries by officer and action', async () => {
    const response = await administrator.client
      .get(`${SEARCH}?officerId=${reviewer.id}&action=declaration.rejected`)
      .expect(200);

    const page = response.body as AuditTrailPage;
    expect(page.total).toBe(1);
    expect(page.items[0]).toEqual(
      jasmine.objectContaining({
        action: 'declaration.rejected',
        actorId: reviewer.id,
        declarationId: declaration.id,
      }),
    );
  });

  it('finds a record by reference code as typed', async () => {
    const typed = declaration.referenceCode!.toLowerCase().replaceAll('-', ' ');

    const response = await administrator.client
      .get(`${SEARCH}?record=${encodeURIComponent(typed)}`)
      .expect(200);

    const actions = (response.body as AuditTrailPage).items.map((entry) => entry.action);
    expect(actions).toEqual(['declaration.rejected', 'declaration.assigned']);
  });

  it('finds a record by id and filters by IP and day', async () => {
    const [{ ip }] = await testEnvironment().sequelize.query<{ ip: string }>(
      "SELECT ip FROM audit_log WHERE declaration_id = $1 AND action = 'declaration.rejected'",
      { bind: [declaration.id], type: QueryTypes.SELECT },
    );
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const base = `${SEARCH}?record=${declaration.id}&ip=${encodeURIComponent(ip)}`;

    const inRange = await administrator.client.get(`${base}&from=${today}&to=${today}`).expect(200);
    const before = await administrator.client.get(`${base}&from=2020-01-01&to=2020-01-31`).expect(200);

    expect(inRange.body.total).toBe(2);
    expect(before.body.total).toBe(0);
  });

  it('pages newest first and audits the search', async () => {
    const response = await administrator.client
      .get(`${SEARCH}?officerId=${reviewer.id}&pageSize=1&page=2`)
      .expect(200);

    expect(response.body.pageSize).toBe(1);
    expect(response.body.items.length).toBe(1);
    expect(await auditCount(administrator.id, 'audit_log.searched')).toBe(1);
  });

  it('names each invalid filter', async () => {
    const query = 'officerId=x&action=DROP%20TABLE&record=%25_%27&from=2026-02-30&ip=1%27%3B&pageSize=0';

    const response = await administrator.client.get(`${SEARCH}?${query}`).expect(400);

    const issues = response.body.errors.map(
      (error: { path: string; code: string }) => `${error.path}:${error.code}`,
    );
    expect(issues).toEqual(
      jasmine.arrayWithExactContents([
        'officerId:invalid',
        'action:invalid',
        'record:invalidReferenceCode',
        'from:invalidDate',
        'ip:invalid',
        'pageSize:invalidNumber',
      ]),
    );
  });

  it('rejects a reversed date range', async () => {
    const response = await administrator.client.get(`${SEARCH}?from=2026-03-02&to=2026-03-01`).expect(400);

    expect(response.body.errors[0]).toEqual(
      jasmine.objectContaining({ path: 'to', code: 'dateBeforeStart' }),
    );
  });

  it('keeps supervisors and reviewers out', async () => {
    const { client: supervisor } = await signedInOfficer('en', { role: 'supervisor' });

    await supervisor.get(SEARCH).expect(403);
    const response = await reviewer.client.get(SEARCH).expect(403);

    expect(response.body.type).toBe('/api/problems/forbidden');
  });
});
