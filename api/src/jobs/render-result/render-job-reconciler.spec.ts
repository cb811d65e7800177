import { randomUUID } from 'node:crypto';

import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { QueryTypes, type Sequelize } from 'sequelize';

import { createSequelize } from '../../lib/db';
import { createLogger } from '../../lib/logger';
import { migrateAndSeed } from '../../lib/migrator';
import { OutboxReconcileLoop } from '../../modules/outbox/outbox-reconcile-loop';
import { OutboxRelay } from '../../modules/outbox/outbox-relay';
import { approvedDeclaration } from '../../modules/results/results-fixtures';
import { PrivateRedisServer } from '../../test/redis-server';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { RenderJobReconciler } from './render-job-reconciler';
import { RENDER_RESULT_JOB, renderResultJobId } from './render-result.job';

/** The reconciler scans every pending result, so it gets a database and a Redis of its own. */
describe('RenderJobReconciler', () => {
  const logger = createLogger({ logLevel: 'silent' });
  let database: TestDatabase;
  let sequelize: Sequelize;
  let redisServer: PrivateRedisServer;
  let redis: Redis;
  let queue: Queue;
  let sut: RenderJobReconciler;

  beforeAll(async () => {
    database = await createTestDatabase(process.env['TEST_DATABASE_URL']);
    sequelize = createSequelize({ databaseUrl: database.url }, logger);
    await migrateAndSeed(sequelize, logger);
    redisServer = await PrivateRedisServer.start();
    redis = new Redis(redisServer.url, { maxRetriesPerRequest: null });
    queue = new Queue(RENDER_RESULT_JOB, { connection: redis, prefix: 'reconciler-spec' });
    sut = new RenderJobReconciler({ sequelize, logger, queue, pageSize: 2 });
  }, 60_000);

  afterAll(async () => {
    await queue.close();
    redis.disconnect();
    await redisServer.dispose();
    await sequelize.close();
    await database.drop();
  }, 30_000);

  beforeEach(async () => {
    await redis.flushall();
    await sequelize.query(`DELETE FROM outbox; DELETE FROM results;`);
  });

  async function deliverAll(): Promise<void> {
    const relay = new OutboxRelay({ sequelize, logger, queueFor: () => queue, batchSize: 100 });
    await relay.relayOnce();
  }

  async function outboxRow(jobId: string) {
    const [row] = await sequelize.query<{ enqueuedAt: Date | null; lastError: string | null }>(
      `SELECT enqueued_at AS "enqueuedAt", last_error AS "lastError" FROM outbox WHERE job_id = :jobId`,
      { replacements: { jobId }, type: QueryTypes.SELECT },
    );
    return row;
  }

  async function resultRow(resultId: string) {
    const [row] = await sequelize.query<{ status: string; lastError: string | null }>(
      `SELECT status, last_error AS "lastError" FROM results WHERE id = :resultId`,
      { replacements: { resultId }, type: QueryTypes.SELECT },
    );
    return row;
  }

  /** Takes the next job as a worker would, so the test can end it by hand. */
  async function takeNextJob() {
    const worker = new Worker(RENDER_RESULT_JOB, null, {
      connection: redis,
      prefix: 'reconciler-spec',
      autorun: false,
    });
    const token = randomUUID();
    const job = await worker.getNextJob(token);
    return { job: job!, token, close: () => worker.close() };
  }

  it('redelivers jobs that Redis lost', async () => {
    const approved = await Promise.all([1, 2, 3].map(() => approvedDeclaration(sequelize)));
    await deliverAll();
    await redis.flushall();

    const counts = await sut.reconcileOnce();
    await deliverAll();

    expect(counts).toEqual({ redelivered: 3, restored: 0, failed: 0 });
    for (const { resultId } of approved) {
      const jobId = renderResultJobId({ resultId, version: 1 });
      expect(await queue.getJobState(jobId)).toBe('waiting');
      expect((await outboxRow(jobId)).enqueuedAt).not.toBeNull();
    }
  });

  it('leaves undelivered and waiting jobs alone', async () => {
    await approvedDeclaration(sequelize);
    await deliverAll();
    const undelivered = await approvedDeclaration(sequelize);

    const counts = await sut.reconcileOnce();

    expect(counts).toEqual({ redelivered: 0, restored: 0, failed: 0 });
    const jobId = renderResultJobId({ resultId: undelivered.resultId, version: 1 });
    expect(await queue.getJobState(jobId)).toBe('unknown');
  });

  it('restores a missing outbox row', async () => {
    const { resultId } = await approvedDeclaration(sequelize);
    await sequelize.query(`DELETE FROM outbox`);

    const counts = await sut.reconcileOnce();

    expect(counts).toEqual({ redelivered: 0, restored: 1, failed: 0 });
    expect((await outboxRow(renderResultJobId({ resultId, version: 1 }))).enqueuedAt).toBeNull();
  });

  it('ignores issued results', async () => {
    const { resultId } = await approvedDeclaration(sequelize);
    await deliverAll();
    await sequelize.query(
      `UPDATE results SET status = 'issued', pdf_path = 'results/x.pdf', issued_at = now() WHERE id = :resultId`,
      { replacements: { resultId } },
    );
    await redis.flushall();

    expect(await sut.reconcileOnce()).toEqual({ redelivered: 0, restored: 0, failed: 0 });
  });

  it('marks a result failed when its job failed unrecorded', async () => {
    const { resultId } = await approvedDeclaration(sequelize);
    await deliverAll();
    const fetched = await takeNextJob();
    await fetched.job.discard();
    await fetched.job.moveToFailed(new Error('job stalled more than allowable limit'), fetched.token, false);
    await fetched.close();

    const counts = await sut.reconcileOnce();

    expect(counts).toEqual({ redelivered: 0, restored: 0, failed: 1 });
    expect(await resultRow(resultId)).toEqual({
      status: 'failed',
      lastError: 'job stalled more than allowable limit',
    });
  });

  it('redelivers a completed job whose result is pending', async () => {
    const { resultId } = await approvedDeclaration(sequelize);
    await deliverAll();
    const fetched = await takeNextJob();
    await fetched.job.moveToCompleted('skipped', fetched.token, false);
    await fetched.close();
    const jobId = renderResultJobId({ resultId, version: 1 });

    const counts = await sut.reconcileOnce();
    await deliverAll();

    expect(counts).toEqual({ redelivered: 1, restored: 0, failed: 0 });
    expect(await queue.getJobState(jobId)).toBe('waiting');
  });

  it('runs a pass at start and stops cleanly', async () => {
    const { resultId } = await approvedDeclaration(sequelize);
    await deliverAll();
    await redis.flushall();
    const jobId = renderResultJobId({ resultId, version: 1 });

    const loop = new OutboxReconcileLoop({ logger, reconcilers: [sut] });
    loop.start();
    await loop.stop();

    expect((await outboxRow(jobId)).enqueuedAt).toBeNull();
  });
});
