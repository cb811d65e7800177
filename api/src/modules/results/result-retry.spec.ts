import type { DeclarationView, OfficerProfile } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { renderResult } from '../../jobs/render-result/render-result.processor';
import { ApiClient } from '../../test/api-client';
import { createOfficer } from '../../test/factories';
import { signInOfficer } from '../../test/officer-sign-in';
import { testEnvironment } from '../../test/test-environment';
import { approvedDeclaration, type ApprovedDeclaration } from './results-fixtures';

const REVIEW = '/api/officer/declarations';

async function officerWithRole(role: OfficerProfile['role']): Promise<ApiClient> {
  const client = await ApiClient.create({ language: 'en' });
  await signInOfficer(client, await createOfficer({ role }));
  return client;
}

/** Creates an approved declaration whose render failed after its last attempt. */
async function failedResult(): Promise<ApprovedDeclaration> {
  const { sequelize } = testEnvironment();
  const approved = await approvedDeclaration(sequelize);
  await sequelize.query(
    `UPDATE results SET status = 'failed', last_error = 'disk full' WHERE id = :resultId`,
    {
      replacements: { resultId: approved.resultId },
    },
  );
  return approved;
}

async function renderJobsOf(resultId: string): Promise<{ jobId: string; enqueuedAt: Date | null }[]> {
  return testEnvironment().sequelize.query(
    `SELECT job_id AS "jobId", enqueued_at AS "enqueuedAt" FROM outbox
     WHERE payload->>'resultId' = :resultId ORDER BY id`,
    { replacements: { resultId }, type: QueryTypes.SELECT },
  );
}

describe('POST /api/officer/declarations/:id/retry-result', () => {
  let supervisor: ApiClient;

  beforeAll(async () => {
    supervisor = await officerWithRole('supervisor');
  });

  it('puts a failed result back under a new job', async () => {
    const failed = await failedResult();

    const response = await supervisor.post(`${REVIEW}/${failed.declarationId}/retry-result`).expect(200);

    expect((response.body as DeclarationView).result?.status).toBe('pending');
    const jobs = await renderJobsOf(failed.resultId);
    expect(jobs.map((job) => job.jobId)).toEqual([
      `render-result-${failed.resultId}-v1`,
      `render-result-${failed.resultId}-v2`,
    ]);
    expect(jobs[1].enqueuedAt).toBeNull();
  });

  it('audits the retry', async () => {
    const failed = await failedResult();

    await supervisor.post(`${REVIEW}/${failed.declarationId}/retry-result`).expect(200);

    const rows = await testEnvironment().sequelize.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE declaration_id = :declarationId`,
      { replacements: { declarationId: failed.declarationId }, type: QueryTypes.SELECT },
    );
    expect(rows.map((row) => row.action)).toEqual(['result.retried']);
  });

  it('adds one job for a double click', async () => {
    const failed = await failedResult();

    const responses = await Promise.all([
      supervisor.post(`${REVIEW}/${failed.declarationId}/retry-result`),
      supervisor.post(`${REVIEW}/${failed.declarationId}/retry-result`),
    ]);

    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    const conflict = responses.find((response) => response.status === 409)!;
    expect(conflict.body.type).toBe('/api/problems/invalid-status-transition');
    expect(conflict.body.detail).toBe('A result can be generated again only after its generation failed.');
    expect((await renderJobsOf(failed.resultId)).length).toBe(2);
  });

  it('issues the retried version and skips the old job', async () => {
    const failed = await failedResult();
    await supervisor.post(`${REVIEW}/${failed.declarationId}/retry-result`).expect(200);
    const { sequelize, logger, config } = testEnvironment();

    const outcomes = [
      await renderResult({ sequelize, logger, config }, { resultId: failed.resultId, version: 1 }),
      await renderResult({ sequelize, logger, config }, { resultId: failed.resultId, version: 2 }),
    ];

    expect(outcomes).toEqual(['skipped', 'issued']);
    const view = await supervisor.get(`${REVIEW}/${failed.declarationId}`).expect(200);
    expect((view.body as DeclarationView).result?.status).toBe('issued');
  });

  it('rejects a result that has not failed', async () => {
    const approved = await approvedDeclaration(testEnvironment().sequelize);

    const response = await supervisor.post(`${REVIEW}/${approved.declarationId}/retry-result`).expect(409);

    expect(response.body.type).toBe('/api/problems/invalid-status-transition');
    expect((await renderJobsOf(approved.resultId)).length).toBe(1);
  });

  it('forbids a reviewer', async () => {
    const failed = await failedResult();
    const reviewer = await officerWithRole('reviewer');

    const response = await reviewer.post(`${REVIEW}/${failed.declarationId}/retry-result`).expect(403);

    expect(response.body.type).toBe('/api/problems/forbidden');
    expect((await renderJobsOf(failed.resultId)).length).toBe(1);
  });

  it('allows an administrator', async () => {
    const failed = await failedResult();
    const administrator = await officerWithRole('administrator');

    await administrator.post(`${REVIEW}/${failed.declarationId}/retry-result`).expect(200);
  });

  it('requires a session and the CSRF header', async () => {
    const failed = await failedResult();
    const anonymous = await ApiClient.create();

    await anonymous.post(`${REVIEW}/${failed.declarationId}/retry-result`).expect(401);
    await supervisor.agent.post(`${REVIEW}/${failed.declarationId}/retry-result`).expect(403);
  });

  it('answers 404 for an unknown declaration', async () => {
    await supervisor.post(`${REVIEW}/00000000-0000-4000-8000-000000000000/retry-result`).expect(404);
  });
});
