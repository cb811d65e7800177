import type { DeclarationView } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { FaultCluster } from './fault-cluster';
import { signedInOfficer, submitDeclarations } from './http-client';

/** Jobs that Redis loses while they wait are found by the reconciler and delivered again. */
describe('fault: Redis flushed with jobs waiting', () => {
  let cluster: FaultCluster;

  beforeAll(async () => {
    cluster = await FaultCluster.start();
  }, 60_000);

  afterAll(async () => {
    await cluster.dispose();
  }, 30_000);

  async function deliveredRows(): Promise<number> {
    const [row] = await cluster.sequelize.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM outbox WHERE enqueued_at IS NOT NULL`,
      { type: QueryTypes.SELECT },
    );
    return row.count;
  }

  it('re-enqueues and renders every lost job', async () => {
    const { origin } = await cluster.startApi();
    const submitted = await submitDeclarations(origin, 5);
    const officer = await signedInOfficer(origin, cluster.adminUsername, cluster.adminPassword);
    // A render pause as long as the test keeps the jobs waiting behind the first ones.
    const worker = await cluster.startWorker({ WORKER_CONCURRENCY: '1', RENDER_TEST_DELAY_MS: '60000' });
    for (const declaration of submitted) {
      await officer
        .post(`/api/officer/declarations/${declaration.id}/approve`, { version: declaration.version })
        .expect(200);
    }
    await cluster.waitUntil('the relay delivered all 5 jobs', async () => (await deliveredRows()) === 5);
    const queue = cluster.renderQueue();
    const waitingBeforeFlush = await queue.getWaitingCount();

    await worker.stop('SIGKILL');
    const client = cluster.redis.client();
    await client.flushall();
    client.disconnect();
    const jobsAfterFlush = await queue.getJobCountByTypes('waiting', 'active', 'delayed', 'completed');
    // The killed worker left the PDF of its active job unissued; no other worker runs, so no grace is needed.
    const recoveringWorker = await cluster.startWorker({ RESULT_ORPHAN_GRACE_MS: '0' });
    await cluster.waitUntil('5 results are issued', async () =>
      (await cluster.results()).every((result) => result.status === 'issued'),
    );

    expect(waitingBeforeFlush).toBeGreaterThanOrEqual(4);
    expect(jobsAfterFlush).toBe(0);
    const redelivered = recoveringWorker.lines.filter(
      (line) => line.event === 'outbox.reconcile.redelivered',
    );
    expect(redelivered.length).toBe(5);
    const results = await cluster.results();
    expect(results.map((result) => result.declarationId).sort()).toEqual(
      submitted.map((declaration: DeclarationView) => declaration.id).sort(),
    );
    expect(results.every((result) => result.status === 'issued')).toBeTrue();
    expect((await cluster.storedFiles()).filter((name) => name.endsWith('.pdf')).length).toBe(5);
    await queue.close();
  }, 90_000);
});
