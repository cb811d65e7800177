import type { Queue } from 'bullmq';
import { QueryTypes } from 'sequelize';

import { FaultCluster } from './fault-cluster';
import { signedInOfficer, submitDeclarations } from './http-client';

interface OutboxRow {
  jobId: string;
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

  async function outboxRowsOf(declarationId: string): Promise<OutboxRow[]> {
    return cluster.sequelize.query<OutboxRow>(
      `SELECT o.job_id AS "jobId", o.enqueued_at AS "enqueuedAt"
       FROM outbox o JOIN results r ON o.payload->>'resultId' = r.id::text
       WHERE r.declaration_id = :declarationId`,
      { replacements: { declarationId }, type: QueryTypes.SELECT },
    );
  }

  it('leaves the job in the outbox for the worker', async () => {
    const api = await cluster.startApi();
    const [declaration] = await submitDeclarations(api.origin, 1);
    const officer = await signedInOfficer(api.origin, cluster.adminUsername, cluster.adminPassword);

    await officer
      .post(`/api/officer/declarations/${declaration.id}/approve`, { version: declaration.version })
      .expect(200);
    await api.child.stop('SIGKILL');
    const [rowAfterKill] = await outboxRowsOf(declaration.id);
    const jobStateAfterKill = await queue.getJobState(rowAfterKill.jobId);
    await cluster.startWorker();
    await cluster.waitUntil('the result is issued', async () =>
      (await cluster.results()).some(
        (result) => result.declarationId === declaration.id && result.status === 'issued',
      ),
    );

    expect(rowAfterKill.enqueuedAt).toBeNull();
    expect(jobStateAfterKill).toBe('unknown');
    const [delivered] = await outboxRowsOf(declaration.id);
    expect(delivered.enqueuedAt).not.toBeNull();
  }, 60_000);

  it('creates one result for two approvals at once', async () => {
    const { origin } = await cluster.startApi();
    const [declaration] = await submitDeclarations(origin, 1);
    const first = await signedInOfficer(origin, cluster.adminUsername, cluster.adminPassword);
    const second = await signedInOfficer(origin, cluster.adminUsername, cluster.adminPassword);

    const responses = await Promise.all(
      [first, second].map((officer) =>
        officer.post(`/api/officer/declarations/${declaration.id}/approve`, { version: declaration.version }),
      ),
    );
    await cluster.startWorker();
    await cluster.waitUntil('the result is issued', async () =>
      (await cluster.results()).some(
        (result) => result.declarationId === declaration.id && result.status === 'issued',
      ),
    );

    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    expect((await cluster.results()).filter((result) => result.declarationId === declaration.id).length).toBe(
      1,
    );
    expect((await outboxRowsOf(declaration.id)).length).toBe(1);
    const issued = (await cluster.results()).filter((result) => result.status === 'issued');
    expect((await cluster.storedFiles()).length).toBe(issued.length);
  }, 60_000);
});
