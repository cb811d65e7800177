import type { DeclarationView } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { RENDER_RESULT_JOB } from '../../jobs/render-result/render-result.job';
import { SEND_EMAIL_JOB, sendEmailJobId } from '../../jobs/send-email/send-email.job';
import { assignToSelf } from '../declaration-assignment';
import { FaultCluster } from './fault-cluster';
import { signedInOfficer, submitDeclarations } from './http-client';
import type { LogLine } from './node-child';

/** An SMTP server on a port where nothing listens: every send fails and the job waits for its retry. */
const UNREACHABLE_SMTP_URL = 'smtp://127.0.0.1:1';

const DECLARATION_COUNT = 5;

/** Render jobs and e-mail notices that Redis loses while they wait are found by the reconciler and delivered again. */
describe('fault: Redis flushed with jobs waiting', () => {
  let cluster: FaultCluster;

  beforeAll(async () => {
    cluster = await FaultCluster.start();
  }, 60_000);

  afterAll(async () => {
    await cluster.dispose();
  }, 30_000);

  async function deliveredRows(jobName: string): Promise<number> {
    const [row] = await cluster.sequelize.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM outbox WHERE job_name = :jobName AND enqueued_at IS NOT NULL`,
      { replacements: { jobName }, type: QueryTypes.SELECT },
    );
    return row.count;
  }

  /** Notice kinds of the outbox, one entry per row, sorted. */
  async function noticeKinds(): Promise<string[]> {
    const rows = await cluster.sequelize.query<{ notice: string }>(
      `SELECT payload->>'notice' AS notice FROM outbox WHERE job_name = :jobName ORDER BY notice`,
      { replacements: { jobName: SEND_EMAIL_JOB }, type: QueryTypes.SELECT },
    );
    return rows.map((row) => row.notice);
  }

  async function allNoticesSent(): Promise<boolean> {
    const sent = await cluster.sentNoticeJobIds();
    const queued = await cluster.outboxJobIds(SEND_EMAIL_JOB);
    return queued.length === 2 * DECLARATION_COUNT && queued.every((jobId) => sent.includes(jobId));
  }

  function redeliveredJobIds(lines: LogLine[], jobName: string): string[] {
    return lines
      .filter((line) => line.event === 'outbox.reconcile.redelivered' && line['jobName'] === jobName)
      .map((line) => String(line['jobId']))
      .sort();
  }

  it('re-enqueues and finishes every lost job', async () => {
    const { origin } = await cluster.startApi();
    const submitted = await submitDeclarations(origin, DECLARATION_COUNT);
    const officer = await signedInOfficer(origin, cluster.admin);
    for (const declaration of submitted) {
      await assignToSelf(officer, declaration);
      await officer
        .post(`/api/officer/declarations/${declaration.id}/approve`, { version: declaration.version })
        .expect(200);
    }
    // A render pause longer than the test keeps the render jobs waiting behind the first one. An
    // SMTP server that cannot be reached keeps the submission notices waiting for their retry,
    // which BullMQ gives up after about 75 s, so the worker starts only once everything is approved.
    const worker = await cluster.startWorker({
      WORKER_CONCURRENCY: '1',
      RENDER_TEST_DELAY_MS: '600000',
      SMTP_URL: UNREACHABLE_SMTP_URL,
    });
    await cluster.waitUntil(
      'the relay delivered every render job and notice',
      async () =>
        (await deliveredRows(RENDER_RESULT_JOB)) === DECLARATION_COUNT &&
        (await deliveredRows(SEND_EMAIL_JOB)) === DECLARATION_COUNT,
    );
    const renderQueue = cluster.renderQueue();
    const emailQueue = cluster.emailQueue();
    const waitingRendersBeforeFlush = await renderQueue.getWaitingCount();
    const noticeJobsBeforeFlush = await emailQueue.getJobCountByTypes('waiting', 'active', 'delayed');
    const sentBeforeFlush = await cluster.sentNoticeJobIds();

    await worker.stop('SIGKILL');
    const client = cluster.redis.client();
    await client.flushall();
    client.disconnect();
    const renderJobsAfterFlush = await renderQueue.getJobCountByTypes(
      'waiting',
      'active',
      'delayed',
      'completed',
    );
    const noticeJobsAfterFlush = await emailQueue.getJobCountByTypes(
      'waiting',
      'active',
      'delayed',
      'failed',
    );
    // The killed worker left the PDF of its active job unissued; no other worker runs, so no grace is needed.
    const recoveringWorker = await cluster.startWorker({ RESULT_ORPHAN_GRACE_MS: '0' });
    await cluster.waitUntil(
      `${DECLARATION_COUNT} results are issued`,
      async () => (await cluster.results()).every((result) => result.status === 'issued'),
      60_000,
    );
    await cluster.waitUntil('every notice is sent', allNoticesSent, 60_000);

    expect(waitingRendersBeforeFlush).toBeGreaterThanOrEqual(DECLARATION_COUNT - 1);
    expect(noticeJobsBeforeFlush).toBe(DECLARATION_COUNT);
    expect(sentBeforeFlush).toEqual([]);
    expect(renderJobsAfterFlush).toBe(0);
    expect(noticeJobsAfterFlush).toBe(0);

    const results = await cluster.results();
    expect(results.map((result) => result.declarationId).sort()).toEqual(
      submitted.map((declaration: DeclarationView) => declaration.id).sort(),
    );
    expect(results.every((result) => result.status === 'issued')).toBeTrue();
    expect((await cluster.storedFiles()).filter((name) => name.endsWith('.pdf')).length).toBe(
      DECLARATION_COUNT,
    );
    expect(redeliveredJobIds(recoveringWorker.lines, RENDER_RESULT_JOB)).toEqual(
      (await cluster.outboxJobIds(RENDER_RESULT_JOB)).sort(),
    );

    // Every submission notice lost in the flush is sent once, and each result gets one notice of its issue.
    const submissionNoticeIds = submitted.map((declaration) =>
      sendEmailJobId({
        notice: 'declaration-submitted',
        declarationId: declaration.id,
        version: declaration.version,
      }),
    );
    expect(redeliveredJobIds(recoveringWorker.lines, SEND_EMAIL_JOB)).toEqual(
      [...submissionNoticeIds].sort(),
    );
    expect(await noticeKinds()).toEqual([
      ...Array<string>(DECLARATION_COUNT).fill('declaration-submitted'),
      ...Array<string>(DECLARATION_COUNT).fill('result-issued'),
    ]);
    const issuedNoticeIds = results.map((result) =>
      sendEmailJobId({ notice: 'result-issued', resultId: result.id }),
    );
    expect(await cluster.sentNoticeJobIds()).toEqual([...submissionNoticeIds, ...issuedNoticeIds].sort());
    expect((await cluster.sentMailFiles()).length).toBe(2 * DECLARATION_COUNT);

    await renderQueue.close();
    await emailQueue.close();
  }, 150_000);
});
