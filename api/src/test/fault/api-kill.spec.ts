import type { Queue } from 'bullmq';
import { QueryTypes } from 'sequelize';

import { RENDER_RESULT_JOB } from '../../jobs/render-result/render-result.job';
import { SEND_EMAIL_JOB } from '../../jobs/send-email/send-email.job';
import { assignToSelf } from '../declaration-assignment';
import { FaultCluster } from './fault-cluster';
import { signedInOfficer, submitDeclarations } from './http-client';

interface OutboxRow {
  jobId: string;
  /** The e-mail notice's kind; null on render jobs. */
  notice: string | null;
  enqueuedAt: Date | null;
}

/** The API commits the approval and its outbox row together and never talks to Redis for it. */
describe('fault: API killed after an approval', () => {
  let cluster: FaultCluster;
  let queue: Queue;

  beforeAll(async () => {
    cluster = await FaultCluster.start();
    queue = cluster.renderQueue();
  }, 60_000);

  // The first spec checks that no job reaches Redis before a worker runs.
  afterEach(async () => {
    await cluster.stopWorkers();
  }, 30_000);

  afterAll(async () => {
    await queue.close();
    await cluster.dispose();
  }, 30_000);

  /** Outbox rows of one job name about a declaration or its result, oldest first. */
  async function outboxRowsOf(declarationId: string, jobName: string): Promise<OutboxRow[]> {
    return cluster.sequelize.query<OutboxRow>(
      `SELECT o.job_id AS "jobId", o.payload->>'notice' AS notice, o.enqueued_at AS "enqueuedAt"
       FROM outbox o
       WHERE o.job_name = :jobName
         AND (o.payload->>'declarationId' = :declarationId
              OR o.payload->>'resultId' IN (SELECT id::text FROM results WHERE declaration_id = :declarationId))
       ORDER BY o.id`,
      { replacements: { declarationId, jobName }, type: QueryTypes.SELECT },
    );
  }

  async function waitUntilIssued(declarationId: string): Promise<void> {
    await cluster.waitUntil('the result is issued', async () =>
      (await cluster.results()).some(
        (result) => result.declarationId === declarationId && result.status === 'issued',
      ),
    );
  }

  /** Waits until every notice about the declaration is recorded as sent. */
  async function waitUntilNoticesSent(declarationId: string): Promise<void> {
    await cluster.waitUntil('every notice is sent', async () => {
      const sent = await cluster.sentNoticeJobIds();
      const notices = await outboxRowsOf(declarationId, SEND_EMAIL_JOB);
      return notices.every((row) => sent.includes(row.jobId));
    });
  }

  it('leaves the job in the outbox for the worker', async () => {
    const api = await cluster.startApi();
    const [declaration] = await submitDeclarations(api.origin, 1);
    const officer = await signedInOfficer(api.origin, cluster.admin);
    await assignToSelf(officer, declaration);

    await officer
      .post(`/api/officer/declarations/${declaration.id}/approve`, { version: declaration.version })
      .expect(200);
    await api.child.stop('SIGKILL');
    const rowsAfterKill = await outboxRowsOf(declaration.id, RENDER_RESULT_JOB);
    const jobStateAfterKill = await queue.getJobState(rowsAfterKill[0].jobId);
    await cluster.startWorker();
    await waitUntilIssued(declaration.id);
    await waitUntilNoticesSent(declaration.id);

    expect(rowsAfterKill.length).toBe(1);
    expect(rowsAfterKill[0].enqueuedAt).toBeNull();
    expect(jobStateAfterKill).toBe('unknown');
    const delivered = await outboxRowsOf(declaration.id, RENDER_RESULT_JOB);
    expect(delivered.length).toBe(1);
    expect(delivered[0].enqueuedAt).not.toBeNull();
    const notices = await outboxRowsOf(declaration.id, SEND_EMAIL_JOB);
    expect(notices.map((row) => row.notice)).toEqual(['declaration-submitted', 'result-issued']);
    expect(notices.every((row) => row.enqueuedAt !== null)).toBeTrue();
  }, 60_000);

  it('creates one result for two approvals at once', async () => {
    const { origin } = await cluster.startApi();
    const [declaration] = await submitDeclarations(origin, 1);
    const first = await signedInOfficer(origin, cluster.admin);
    const second = await signedInOfficer(origin, cluster.admin);
    await assignToSelf(first, declaration);

    const responses = await Promise.all(
      [first, second].map((officer) =>
        officer.post(`/api/officer/declarations/${declaration.id}/approve`, { version: declaration.version }),
      ),
    );
    await cluster.startWorker();
    await waitUntilIssued(declaration.id);
    await waitUntilNoticesSent(declaration.id);

    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    expect((await cluster.results()).filter((result) => result.declarationId === declaration.id).length).toBe(
      1,
    );
    expect((await outboxRowsOf(declaration.id, RENDER_RESULT_JOB)).length).toBe(1);
    const notices = await outboxRowsOf(declaration.id, SEND_EMAIL_JOB);
    expect(notices.map((row) => row.notice)).toEqual(['declaration-submitted', 'result-issued']);
    const issued = (await cluster.results()).filter((result) => result.status === 'issued');
    expect((await cluster.storedFiles()).length).toBe(issued.length);
    // One message per recorded notice: no notice of this cluster was sent twice.
    expect((await cluster.sentMailFiles()).length).toBe((await cluster.sentNoticeJobIds()).length);
  }, 60_000);
});
