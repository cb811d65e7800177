import type { DeclarationView } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import type { ApiClient } from '../../test/api-client';
import { assignToSelf } from '../../test/declaration-assignment';
import {
  completeDraft,
  signedInApplicant,
  signedInOfficer,
  submittedDeclaration,
} from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';

const REVIEW = '/api/officer/declarations';

describe('officer review', () => {
  let applicant: ApiClient;
  let officer: ApiClient;
  let officerId: string;

  beforeEach(async () => {
    ({ client: applicant } = await signedInApplicant());
    const signedIn = await signedInOfficer();
    officer = signedIn.client;
    officerId = signedIn.profile.id;
  });

  it('lists submitted declarations oldest first', async () => {
    const first = await submittedDeclaration(applicant);
    const second = await submittedDeclaration(applicant);

    const response = await officer.get(`${REVIEW}?pageSize=100`).expect(200);

    const ids = response.body.items.map((item: { id: string }) => item.id);
    expect(ids.indexOf(first.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    expect(response.body.items.every((item: { status: string }) => item.status === 'submitted')).toBeTrue();
  });

  it('rejects a draft status filter', async () => {
    const response = await officer.get(`${REVIEW}?status=draft`).expect(400);

    expect(response.body.errors[0]).toEqual(
      jasmine.objectContaining({ path: 'status', code: 'invalidOption' }),
    );
  });

  it('shows a submitted declaration and audits the view', async () => {
    const submitted = await submittedDeclaration(applicant);

    const response = await officer.get(`${REVIEW}/${submitted.id}`).expect(200);

    expect(response.body.id).toBe(submitted.id);
    const rows = await testEnvironment().sequelize.query<{
      actor_id: string;
      action: string;
      ip: string | null;
    }>('SELECT actor_id, action, ip FROM audit_log WHERE declaration_id = :id', {
      replacements: { id: submitted.id },
      type: QueryTypes.SELECT,
    });
    expect(rows).toEqual([jasmine.objectContaining({ actor_id: officerId, action: 'declaration.viewed' })]);
    expect(rows[0].ip).toBeTruthy();
  });

  it('hides drafts from officers', async () => {
    const draft = await applicant.post('/api/applicant/declarations', completeDraft()).expect(201);

    await officer.get(`${REVIEW}/${draft.body.id}`).expect(404);
    await officer.post(`${REVIEW}/${draft.body.id}/approve`, { version: 1 }).expect(404);
  });

  it('approves a submitted declaration with a pending result', async () => {
    const submitted = await submittedDeclaration(applicant);
    await assignToSelf(officer, submitted);

    const response = await officer.post(`${REVIEW}/${submitted.id}/approve`, { version: submitted.version });

    expect(response.status).toBe(200);
    const view = response.body as DeclarationView;
    expect(view.status).toBe('approved');
    expect(view.version).toBe(submitted.version + 1);
    expect(view.result?.status).toBe('pending');
    expect(view.result?.number).toMatch(/^LT-\d{4}-\d{6}$/);
  });

  it('rejects a submitted declaration with the reason', async () => {
    const submitted = await submittedDeclaration(applicant);
    await assignToSelf(officer, submitted);

    const response = await officer
      .post(`${REVIEW}/${submitted.id}/reject`, { version: submitted.version, reason: 'Hộ chiếu không rõ.' })
      .expect(200);

    expect(response.body.status).toBe('rejected');
    expect(response.body.rejectionReason).toBe('Hộ chiếu không rõ.');
    const mine = await applicant.get(`/api/applicant/declarations/${submitted.id}`).expect(200);
    expect(mine.body.rejectionReason).toBe('Hộ chiếu không rõ.');
  });

  it('requires a reason to reject', async () => {
    const submitted = await submittedDeclaration(applicant);

    const response = await officer.post(`${REVIEW}/${submitted.id}/reject`, {
      version: submitted.version,
      reason: ' ',
    });

    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toEqual(jasmine.objectContaining({ path: 'reason', code: 'required' }));
  });

  it('rejects a decision at a stale version with 409', async () => {
    const submitted = await submittedDeclaration(applicant);

    const response = await officer.post(`${REVIEW}/${submitted.id}/approve`, {
      version: submitted.version - 1,
    });

    expect(response.status).toBe(409);
    expect(response.body.type).toBe('/api/problems/version-conflict');
  });

  it('rejects a second decision', async () => {
    const submitted = await submittedDeclaration(applicant);
    await assignToSelf(officer, submitted);
    const approved = await officer
      .post(`${REVIEW}/${submitted.id}/approve`, { version: submitted.version })
      .expect(200);

    const response = await officer.post(`${REVIEW}/${submitted.id}/reject`, {
      version: approved.body.version,
      reason: 'Quá muộn',
    });

    expect(response.status).toBe(409);
    expect(response.body.type).toBe('/api/problems/invalid-status-transition');
  });

  it('refuses every decision on an unassigned declaration', async () => {
    const submitted = await submittedDeclaration(applicant);
    const version = submitted.version;
    const decisions = [
      { path: 'approve', body: { version } },
      { path: 'reject', body: { version, reason: 'Hồ sơ không hợp lệ' } },
      { path: 'request-changes', body: { version, comment: 'Sửa số giấy tờ' } },
    ];

    for (const decision of decisions) {
      const response = await officer
        .post(`${REVIEW}/${submitted.id}/${decision.path}`, decision.body)
        .set('Accept-Language', 'en')
        .expect(409);
      expect(response.body.type).withContext(decision.path).toBe('/api/problems/declaration-not-assigned');
      expect(response.body.detail)
        .withContext(decision.path)
        .toBe('Assign this declaration to yourself before you approve, reject or send it back.');
    }
    const view = await officer.get(`${REVIEW}/${submitted.id}`).expect(200);
    expect(view.body.status).toBe('submitted');
  });

  it('rejects applicants on officer routes', async () => {
    const submitted = await submittedDeclaration(applicant);

    await applicant.get(`${REVIEW}/${submitted.id}`).expect(401);
  });

  it('keeps gate officers from deciding', async () => {
    const submitted = await submittedDeclaration(applicant);
    const { client: gateOfficer } = await signedInOfficer(undefined, { role: 'gate_officer' });
    const decisions = [
      { path: 'approve', body: { version: submitted.version } },
      { path: 'reject', body: { version: submitted.version, reason: 'Hồ sơ không hợp lệ' } },
      { path: 'request-changes', body: { version: submitted.version, comment: 'Sửa số giấy tờ' } },
    ];

    for (const decision of decisions) {
      await gateOfficer.post(`${REVIEW}/${submitted.id}/${decision.path}`).send(decision.body).expect(403);
    }
    const view = await officer.get(`${REVIEW}/${submitted.id}`).expect(200);
    expect(view.body.status).toBe('submitted');
  });
});
