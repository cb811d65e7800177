import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import type { Queue } from 'bullmq';
import { QueryTypes } from 'sequelize';

import { SEND_EMAIL_JOB, sendEmailJobId } from '../../jobs/send-email/send-email.job';
import { assignToSelf } from '../declaration-assignment';
import { FaultCluster } from './fault-cluster';
import { signedInOfficer, submitDeclarations, type HttpClient } from './http-client';

const RESULT_COUNT = 20;
const KILL_COUNT = 20;

/**
 * Pause between storing a PDF and issuing it. Every kill must land inside a render, and the
 * test reacts to the worker's log, which can take seconds when other test runs load the cores.
 */
const RENDER_DELAY_MS = 5_000;

/** Even rounds kill at a random moment this long after the render started, which spans the PDF's rendering and storing. */
const KILL_WINDOW_MS = 300;

/** Time allowed for each step that waits on a worker. It is generous because a loaded machine slows every step. */
const STEP_TIMEOUT_MS = 60_000;

/**
 * A worker killed with SIGKILL mid-render loses no result and leaves no second PDF. Jobs
 * interrupted more often than the stall limit allows end as failed results. A supervisor
 * generates those again from the back office, and the test does that through the API.
 */
describe('fault: worker killed mid-render', () => {
  let cluster: FaultCluster;
  let queue: Queue;

  beforeAll(async () => {
    cluster = await FaultCluster.start();
    queue = cluster.renderQueue();
  }, 60_000);

  afterAll(async () => {
    await queue.close();
    await cluster.dispose();
  }, 30_000);

  async function approveAll(officer: HttpClient, origin: string): Promise<string[]> {
    const submitted = await submitDeclarations(origin, RESULT_COUNT);
    for (const declaration of submitted) {
      await assignToSelf(officer, declaration);
      await officer
        .post(`/api/officer/declarations/${declaration.id}/approve`, { version: declaration.version })
        .expect(200);
    }
    return submitted.map((declaration) => declaration.id);
  }

  /**
   * Starts a worker and kills it once it renders: on even rounds at a random moment of the
   * render, on odd rounds as soon as it has stored a PDF that is not issued yet.
   */
  async function killMidRender(round: number): Promise<void> {
    const filesBefore = (await cluster.storedFiles()).length;
    const worker = await cluster.startWorker({
      RENDER_TEST_DELAY_MS: String(RENDER_DELAY_MS),
      LOG_LEVEL: 'debug',
    });
    // With no job waiting, the worker first takes back a job of the killed one once its lock expires.
    await worker.waitForEvent('result.render.started', STEP_TIMEOUT_MS);

    if (round % 2 === 0) {
      await sleep(Math.floor(Math.random() * KILL_WINDOW_MS));
    } else {
      await cluster.waitUntil(
        'a PDF is stored',
        async () => (await cluster.storedFiles()).length > filesBefore,
        STEP_TIMEOUT_MS,
      );
    }
    await worker.stop('SIGKILL');
  }

  /** Job ids of the result-issued notices in the outbox, one per row. */
  async function issuedNoticeJobIds(): Promise<string[]> {
    const rows = await cluster.sequelize.query<{ jobId: string }>(
      `SELECT job_id AS "jobId" FROM outbox WHERE job_name = :jobName AND payload->>'notice' = 'result-issued'`,
      { replacements: { jobName: SEND_EMAIL_JOB }, type: QueryTypes.SELECT },
    );
    return rows.map((row) => row.jobId).sort();
  }

  async function allIssuedNoticesSent(): Promise<boolean> {
    const sent = await cluster.sentNoticeJobIds();
    const queued = await issuedNoticeJobIds();
    return queued.length === RESULT_COUNT && queued.every((jobId) => sent.includes(jobId));
  }

  async function issuedEventCounts(): Promise<number[]> {
    const rows = await cluster.sequelize.query<{ count: number }>(
      `SELECT count(e.id)::int AS count
       FROM declarations d LEFT JOIN declaration_events e ON e.declaration_id = d.id AND e.to_status = 'issued'
       GROUP BY d.id`,
      { type: QueryTypes.SELECT },
    );
    return rows.map((row) => row.count);
  }

  async function settled(): Promise<boolean> {
    return (await cluster.results()).every(
      (result) => result.status === 'issued' || result.status === 'failed',
    );
  }

  it(
    'issues each result once with one PDF after 20 kills',
    async () => {
      const { origin } = await cluster.startApi();
      const officer = await signedInOfficer(origin, cluster.admin);
      const declarationIds = await approveAll(officer, origin);

      for (let round = 0; round < KILL_COUNT; round++) {
        await killMidRender(round);
      }
      const issuedBeforeRecovery = (await cluster.results()).filter(
        (result) => result.status === 'issued',
      ).length;
      // Only this worker runs now, so it may delete every unreferenced file at start.
      const recovering = await cluster.startWorker({ RESULT_ORPHAN_GRACE_MS: '0' });
      await cluster.waitUntil('every result is issued or failed', settled, 2 * STEP_TIMEOUT_MS);
      const failed = (await cluster.results()).filter((result) => result.status === 'failed');
      for (const result of failed) {
        await officer.post(`/api/officer/declarations/${result.declarationId}/retry-result`).expect(200);
      }
      await cluster.waitUntil(
        'every result is issued',
        async () => (await cluster.results()).every((result) => result.status === 'issued'),
        2 * STEP_TIMEOUT_MS,
      );
      await cluster.waitUntil('every result-issued notice is sent', allIssuedNoticesSent, STEP_TIMEOUT_MS);
      const recoveringExit = await recovering.stop('SIGTERM');

      expect(issuedBeforeRecovery).toBeLessThan(RESULT_COUNT);
      expect(recoveringExit.code).toBe(0);
      const results = await cluster.results();
      expect(results.map((result) => result.declarationId).sort()).toEqual([...declarationIds].sort());
      expect(results.every((result) => result.status === 'issued')).toBeTrue();
      expect(await issuedEventCounts()).toEqual(Array<number>(RESULT_COUNT).fill(1));

      const files = await cluster.storedFiles();
      expect(files.length).toBe(RESULT_COUNT);
      expect(files.sort()).toEqual(results.map((result) => path.basename(result.pdfPath ?? '')).sort());
      for (const result of results) {
        const bytes = await readFile(path.join(cluster.dataDir, result.pdfPath ?? ''));
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(result.pdfSha256 ?? '');
      }
      expect(await queue.getActiveCount()).toBe(0);

      // One notice of the issue per result, each recorded as sent once. A worker killed between
      // handing a message to the transport and recording it may send it twice, so the test
      // counts the records rather than the messages.
      expect(await issuedNoticeJobIds()).toEqual(
        results.map((result) => sendEmailJobId({ notice: 'result-issued', resultId: result.id })).sort(),
      );
      const sent = await cluster.sentNoticeJobIds();
      expect((await issuedNoticeJobIds()).every((jobId) => sent.includes(jobId))).toBeTrue();
    },
    20 * 60_000,
  );
});
