import type { DeclarationView, ResultVerification } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';
import supertest from 'supertest';

import type { ApiClient } from '../../test/api-client';
import { assignToSelf } from '../../test/declaration-assignment';
import { signedInApplicant, signedInOfficer, submittedDeclaration } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { REVIEW, issuedDeclaration, officerWithRole, resultRow } from './result-revocation.fixtures';

const REASON = 'Hộ chiếu bị báo mất trước ngày cấp kết quả.';

describe('result revocation', () => {
  let applicant: ApiClient;
  let supervisor: ApiClient;
  let supervisorId: string;

  beforeEach(async () => {
    ({ client: applicant } = await signedInApplicant());
    ({ client: supervisor, id: supervisorId } = await officerWithRole('supervisor'));
  });

  function revoke(client: ApiClient, declaration: DeclarationView, body: object = {}) {
    return client.post(`${REVIEW}/${declaration.id}/revoke-result`, {
      version: declaration.version,
      reason: REASON,
      ...body,
    });
  }

  it('lets a supervisor revoke an issued result', async () => {
    const issued = await issuedDeclaration(applicant);

    const response = await revoke(supervisor, issued).expect(200);

    const view = response.body as DeclarationView;
    expect(view.status).toBe('issued');
    expect(view.version).toBe(issued.version + 1);
    expect(view.result?.status).toBe('revoked');
    expect(view.result?.revocationReason).toBe(REASON);
    expect(Date.parse(view.result?.revokedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    const row = await resultRow(issued.id);
    expect(row.status).toBe('revoked');
    expect(row.revokedBy).toBe(supervisorId);
    expect(row.revocationReason).toBe(REASON);
  });

  it('records an event, an audit row and an e-mail job', async () => {
    const { sequelize } = testEnvironment();
    const issued = await issuedDeclaration(applicant);

    await revoke(supervisor, issued).expect(200);

    const replacements = { id: issued.id, resultId: (await resultRow(issued.id)).id };
    const events = await sequelize.query(
      `SELECT from_status AS "from", to_status AS "to", actor_type AS "actorType", actor_id AS "actorId", reason
       FROM declaration_events WHERE declaration_id = :id AND reason IS NOT NULL`,
      { replacements, type: QueryTypes.SELECT },
    );
    const audits = await sequelize.query(
      `SELECT actor_id AS "actorId" FROM audit_log WHERE declaration_id = :id AND action = 'result.revoked'`,
      { replacements, type: QueryTypes.SELECT },
    );
    const jobs = await sequelize.query(
      `SELECT job_id AS "jobId", payload FROM outbox
       WHERE job_name = 'send-email' AND payload->>'notice' = 'result-revoked' AND payload->>'resultId' = :resultId`,
      { replacements, type: QueryTypes.SELECT },
    );
    expect(events).toEqual([
      { from: 'issued', to: 'issued', actorType: 'officer', actorId: supervisorId, reason: REASON },
    ]);
    expect(audits).toEqual([{ actorId: supervisorId }]);
    expect(jobs).toEqual([
      {
        jobId: `send-email-result-revoked-${replacements.resultId}`,
        payload: { notice: 'result-revoked', resultId: replacements.resultId },
      },
    ]);
  });

  it('lets an administrator revoke too', async () => {
    const issued = await issuedDeclaration(applicant);
    const { client: administrator } = await officerWithRole('administrator');

    await revoke(administrator, issued).expect(200);
  });

  for (const role of ['reviewer', 'gate_officer'] as const) {
    it(`forbids a ${role} to revoke`, async () => {
      const issued = await issuedDeclaration(applicant);
      const { client } = await officerWithRole(role, 'en');

      const response = await revoke(client, issued).expect(403);

      expect(response.body.type).toBe('/api/problems/forbidden');
      expect(response.body.detail).toBe('Your officer role does not allow this action.');
      expect((await resultRow(issued.id)).status).toBe('issued');
    });
  }

  it('rejects an applicant session with 401', async () => {
    const issued = await issuedDeclaration(applicant);

    const response = await revoke(applicant, issued).expect(401);

    expect(response.body.type).toBe('/api/problems/unauthenticated');
    expect((await resultRow(issued.id)).status).toBe('issued');
  });

  it('rejects a second revocation with 409', async () => {
    const issued = await issuedDeclaration(applicant);
    const first = await revoke(supervisor, issued).expect(200);

    const again = await revoke(supervisor, first.body as DeclarationView).expect(409);
    const stale = await revoke(supervisor, issued).expect(409);

    expect(again.body.type).toBe('/api/problems/invalid-status-transition');
    expect(stale.body.type).toBe('/api/problems/version-conflict');
  });

  it('lets one of two concurrent revocations win', async () => {
    const issued = await issuedDeclaration(applicant);
    const { client: secondSupervisor } = await officerWithRole('supervisor');

    const responses = await Promise.all([revoke(supervisor, issued), revoke(secondSupervisor, issued)]);

    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
  });

  it('rejects revoking a result that is not issued yet', async () => {
    const { client: reviewer } = await signedInOfficer();
    const submitted = await submittedDeclaration(applicant);
    await assignToSelf(reviewer, submitted);
    const approved = await reviewer
      .post(`${REVIEW}/${submitted.id}/approve`, { version: submitted.version })
      .expect(200);

    const response = await revoke(supervisor, approved.body as DeclarationView).expect(409);

    expect(response.body.type).toBe('/api/problems/invalid-status-transition');
    expect((await resultRow(submitted.id)).status).toBe('pending');
  });

  it('rejects a declaration without a result', async () => {
    const submitted = await submittedDeclaration(applicant);

    const response = await revoke(supervisor, submitted).expect(409);

    expect(response.body.type).toBe('/api/problems/invalid-status-transition');
  });

  it('answers 404 for an unknown declaration', async () => {
    const response = await supervisor
      .post(`${REVIEW}/00000000-0000-4000-8000-000000000000/revoke-result`, { version: 1, reason: REASON })
      .expect(404);

    expect(response.body.type).toBe('/api/problems/not-found');
  });

  it('makes the verification say revoked', async () => {
    const issued = await issuedDeclaration(applicant);
    const { token } = await resultRow(issued.id);
    const verify = () => supertest(testEnvironment().server).get(`/api/public/results/${token}`).expect(200);
    expect((await verify()).body.status).not.toBe('revoked');

    await revoke(supervisor, issued).expect(200);

    expect(((await verify()).body as ResultVerification).status).toBe('revoked');
  });

  it('names a missing reason in Vietnamese by default', async () => {
    const issued = await issuedDeclaration(applicant);

    const response = await revoke(supervisor, issued, { reason: '   ' }).expect(400);

    expect(response.body.type).toBe('/api/problems/validation-failed');
    expect(response.body.errors).toEqual([
      { path: 'reason', code: 'required', message: 'Lý do: chưa nhập. Vui lòng điền thông tin này.' },
    ]);
    expect((await resultRow(issued.id)).status).toBe('issued');
  });

  it('names invalid fields in English on request', async () => {
    const issued = await issuedDeclaration(applicant);
    const { client } = await officerWithRole('supervisor', 'en');

    const response = await revoke(client, issued, { version: 'four', reason: undefined }).expect(400);

    const paths = (response.body.errors as { path: string; message: string }[]).map((error) => error.path);
    expect(paths.sort()).toEqual(['reason', 'version']);
    expect(response.body.errors.find((error: { path: string }) => error.path === 'reason').message).toBe(
      'Reason is missing. Please fill it in.',
    );
  });
});
