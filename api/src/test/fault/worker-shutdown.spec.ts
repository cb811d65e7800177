import type { Queue } from 'bullmq';

import { renderResultJobId } from '../../jobs/render-result/render-result.job';
import { assignToSelf } from '../declaration-assignment';
import { FaultCluster } from './fault-cluster';
import { signedInOfficer, submitDeclarations, type HttpClient } from './http-client';

/** SIGTERM lets the job in hand finish, or returns it to the queue when it outlasts the shutdown timeout. */
describe('fault: worker stopped with SIGTERM', () => {
  let cluster: FaultCluster;
  let queue: Queue;
  let origin: string;
  let officer: HttpClient;

  beforeAll(async () => {
    cluster = await FaultCluster.start();
    queue = cluster.renderQueue();
    origin = (await cluster.startApi()).origin;
    officer = await signedInOfficer(origin, cluster.admin);
  }, 60_000);

  afterAll(async () => {
    await queue.close();
    await cluster.dispose();
  }, 30_000);

  /** Approves one new declaration and returns the id of its render job. */
  async function approveOne(): Promise<string> {
    const [declaration] = await submitDeclarations(origin, 1);
    await assignToSelf(officer, declaration);
    await officer
      .post(`/api/officer/declarations/${declaration.id}/approve`, { version: declaration.version })
      .expect(200);
    const result = (await cluster.results()).find((row) => row.declarationId === declaration.id);
    return renderResultJobId({ resultId: result!.id, version: 1 });
  }

  it('finishes the job in hand before exiting', async () => {
    const jobId = await approveOne();
    const worker = await cluster.startWorker({ RENDER_TEST_DELAY_MS: '1500', LOG_LEVEL: 'debug' });
    await worker.waitForEvent('result.render.started');

    const exit = await worker.stop('SIGTERM');

    const events = worker.lines.map((line) => line.event);
    expect(exit.code).toBe(0);
    expect(events.indexOf('result.render.completed')).toBeGreaterThan(events.indexOf('worker.stopping'));
    expect(events.indexOf('worker.stopped')).toBeGreaterThan(events.indexOf('result.render.completed'));
    expect(await queue.getJobState(jobId)).toBe('completed');
    expect(await queue.getActiveCount()).toBe(0);
    expect((await cluster.results()).every((result) => result.status === 'issued')).toBeTrue();
  }, 60_000);

  it('returns an overlong job to the queue', async () => {
    const jobId = await approveOne();
    const worker = await cluster.startWorker({
      RENDER_TEST_DELAY_MS: '20000',
      WORKER_SHUTDOWN_TIMEOUT_MS: '1000',
      LOG_LEVEL: 'debug',
    });
    await worker.waitForEvent('result.render.started');

    const exit = await worker.stop('SIGTERM');
    const stateAfterExit = await queue.getJobState(jobId);
    // The stopped worker stored a PDF it never issued; nothing else runs, so it may go at once.
    const next = await cluster.startWorker({ RESULT_ORPHAN_GRACE_MS: '0' });
    await next.waitForEvent('result.render.stalled');
    await cluster.waitUntil(
      'the job is completed',
      async () => (await queue.getJobState(jobId)) === 'completed',
    );
    await next.stop('SIGTERM');

    expect(exit.code).toBe(1);
    expect(worker.lines.some((line) => line.event === 'worker.shutdown_timeout')).toBeTrue();
    expect(stateAfterExit).toBe('active');
    expect(await queue.getActiveCount()).toBe(0);
    const results = await cluster.results();
    expect(results.every((result) => result.status === 'issued')).toBeTrue();
    expect((await cluster.storedFiles()).length).toBe(results.length);
  }, 60_000);
});
