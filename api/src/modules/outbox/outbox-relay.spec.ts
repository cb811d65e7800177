import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { QueryTypes } from 'sequelize';

import { RENDER_RESULT_JOB } from '../../jobs/render-result/render-result.job';
import { createQueue } from '../../lib/queue';
import { createProducerRedis } from '../../lib/redis';
import { testEnvironment } from '../../test/test-environment';
import { approvedDeclaration, uniqueQueuePrefix } from '../results/results-fixtures';
import { OutboxRelay, type OutboxRelayOptions } from './outbox-relay';

/** A port on which nothing listens, standing in for a Redis that is down. */
const CLOSED_REDIS_URL = 'redis://127.0.0.1:1';

interface OutboxRow {
  jobId: string;
  enqueuedAt: Date | null;
  attempts: number;
  lastError: string | null;
}

async function outboxRowOf(resultId: string): Promise<OutboxRow> {
  const [row] = await testEnvironment().sequelize.query<OutboxRow>(
    `SELECT job_id AS "jobId", enqueued_at AS "enqueuedAt", attempts, last_error AS "lastError"
     FROM outbox WHERE payload->>'resultId' = :resultId`,
    { replacements: { resultId }, type: QueryTypes.SELECT },
  );
  return row;
}

describe('OutboxRelay', () => {
  let redis: Redis;
  let queue: Queue;

  function relayTo(target: Queue, options: Partial<OutboxRelayOptions> = {}): OutboxRelay {
    const { sequelize, logger } = testEnvironment();
    return new OutboxRelay({ sequelize, logger, queueFor: () => target, batchSize: 500, ...options });
  }

  /** Relays until no message is left; rows from other specs go to this spec's queue too. */
  async function drain(relay: OutboxRelay): Promise<void> {
    while ((await relay.relayOnce()) > 0) {
      // Next batch.
    }
  }

  async function waitingJobsWithId(jobId: string): Promise<number> {
    const waiting = await queue.getWaiting(0, -1);
    return waiting.filter((job) => job.id === jobId).length;
  }

  beforeAll(() => {
    const { config, logger } = testEnvironment();
    redis = createProducerRedis(config, logger);
    queue = createQueue(RENDER_RESULT_JOB, { connection: redis, prefix: uniqueQueuePrefix() }, logger);
  });

  afterAll(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
    redis.disconnect();
  });

  it('enqueues a message under its job id', async () => {
    const { resultId } = await approvedDeclaration(testEnvironment().sequelize);

    await drain(relayTo(queue));

    const row = await outboxRowOf(resultId);
    const job = await queue.getJob(row.jobId);
    expect(row.enqueuedAt).not.toBeNull();
    expect(job?.name).toBe(RENDER_RESULT_JOB);
    expect(job?.data).toEqual({ resultId, version: 1 });
  });

  it('adds no second job on redelivery', async () => {
    const { sequelize } = testEnvironment();
    const { resultId } = await approvedDeclaration(sequelize);
    await drain(relayTo(queue));
    const { jobId } = await outboxRowOf(resultId);

    // As after a crash between the add and the commit: the row looks undelivered again.
    await sequelize.query(`UPDATE outbox SET enqueued_at = NULL WHERE job_id = :jobId`, {
      replacements: { jobId },
    });
    await drain(relayTo(queue));

    expect((await outboxRowOf(resultId)).enqueuedAt).not.toBeNull();
    expect(await waitingJobsWithId(jobId)).toBe(1);
  });

  it('delivers once when two relays run together', async () => {
    const { resultId } = await approvedDeclaration(testEnvironment().sequelize);

    const counts = await Promise.all([relayTo(queue).relayOnce(), relayTo(queue).relayOnce()]);

    const { jobId, enqueuedAt } = await outboxRowOf(resultId);
    expect(enqueuedAt).not.toBeNull();
    expect(await waitingJobsWithId(jobId)).toBe(1);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(1);
  });

  /** Approves a declaration while the relay can only reach a closed port, then with Redis back. */
  async function deliverAfterOutage(closedRelayOptions: (closedRedis: Redis) => Partial<OutboxRelayOptions>) {
    const { logger, sequelize } = testEnvironment();
    await drain(relayTo(queue));
    const closedRedis = createProducerRedis({ redisUrl: CLOSED_REDIS_URL }, logger);
    const closedQueue = createQueue(
      RENDER_RESULT_JOB,
      { connection: closedRedis, prefix: uniqueQueuePrefix() },
      logger,
    );

    // Approval only writes PostgreSQL rows, so it succeeds without Redis.
    const { resultId } = await approvedDeclaration(sequelize);
    const delivered = await relayTo(closedQueue, closedRelayOptions(closedRedis)).relayOnce();
    const duringOutage = await outboxRowOf(resultId);
    closedRedis.disconnect();
    await closedQueue.close();

    await drain(relayTo(queue));
    return { delivered, duringOutage, afterOutage: await outboxRowOf(resultId) };
  }

  it('keeps messages while Redis is down', async () => {
    const { delivered, duringOutage, afterOutage } = await deliverAfterOutage((closedRedis) => ({
      isRedisReady: () => closedRedis.status === 'ready',
    }));

    expect(delivered).toBe(0);
    expect(duringOutage.enqueuedAt).toBeNull();
    expect(duringOutage.attempts).toBe(1);
    expect(duringOutage.lastError).toBe('Redis is not connected');
    expect(afterOutage.enqueuedAt).not.toBeNull();
    expect(afterOutage.lastError).toBeNull();
    expect(await waitingJobsWithId(afterOutage.jobId)).toBe(1);
  });

  it('gives up an add that Redis never answers', async () => {
    const { delivered, duringOutage, afterOutage } = await deliverAfterOutage(() => ({ addTimeoutMs: 300 }));

    expect(delivered).toBe(0);
    expect(duringOutage.enqueuedAt).toBeNull();
    expect(duringOutage.lastError).toContain('timed out after 300 ms');
    expect(afterOutage.enqueuedAt).not.toBeNull();
    expect(await waitingJobsWithId(afterOutage.jobId)).toBe(1);
  });

  it('stops after the pass in progress', async () => {
    const relay = new OutboxRelay({
      sequelize: testEnvironment().sequelize,
      logger: testEnvironment().logger,
      queueFor: () => queue,
      pollIntervalMs: 20,
    });
    const { resultId } = await approvedDeclaration(testEnvironment().sequelize);

    relay.start();
    for (let wait = 0; wait < 100 && !(await outboxRowOf(resultId)).enqueuedAt; wait++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await relay.stop();

    expect((await outboxRowOf(resultId)).enqueuedAt).not.toBeNull();
  });
});
