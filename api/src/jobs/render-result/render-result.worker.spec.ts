import type { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { QueryTypes } from 'sequelize';

import { createQueue } from '../../lib/queue';
import { createProducerRedis, createRedis } from '../../lib/redis';
import { OutboxRelay } from '../../modules/outbox/outbox-relay';
import { approvedDeclaration, uniqueQueuePrefix } from '../../modules/results/results-fixtures';
import { testEnvironment } from '../../test/test-environment';
import { RENDER_RESULT_JOB, renderResultJobId } from './render-result.job';
import { createRenderResultWorker } from './render-result.worker';

describe('render-result worker', () => {
  let producerRedis: Redis;
  let workerRedis: Redis;
  let queue: Queue;
  let worker: Worker;
  let relay: OutboxRelay;

  beforeAll(async () => {
    const { config, logger, sequelize } = testEnvironment();
    const prefix = uniqueQueuePrefix();
    producerRedis = createProducerRedis(config, logger);
    workerRedis = createRedis(config, logger);
    queue = createQueue(RENDER_RESULT_JOB, { connection: producerRedis, prefix }, logger);
    worker = createRenderResultWorker({
      sequelize,
      logger,
      config,
      queue: { connection: workerRedis, prefix },
    });
    relay = new OutboxRelay({ sequelize, logger, queueFor: () => queue, batchSize: 500 });
    await worker.waitUntilReady();
  });

  afterAll(async () => {
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
    producerRedis.disconnect();
    workerRedis.disconnect();
  });

  async function waitForStatus(resultId: string, status: string): Promise<string> {
    let current = '';
    for (let attempt = 0; attempt < 100 && current !== status; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const [row] = await testEnvironment().sequelize.query<{ status: string }>(
        `SELECT status FROM results WHERE id = :resultId`,
        { replacements: { resultId }, type: QueryTypes.SELECT },
      );
      current = row.status;
    }
    return current;
  }

  /** BullMQ marks the job completed just after the processor's transaction commits. */
  async function waitForJobState(jobId: string, state: string): Promise<string> {
    let current = '';
    for (let attempt = 0; attempt < 50 && current !== state; attempt++) {
      current = await queue.getJobState(jobId);
      if (current !== state) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    return current;
  }

  it('issues an approved result through Redis', async () => {
    const { resultId } = await approvedDeclaration(testEnvironment().sequelize);

    while ((await relay.relayOnce()) > 0) {
      // Rows of other specs are delivered and rendered too.
    }

    expect(await waitForStatus(resultId, 'issued')).toBe('issued');
    const jobId = renderResultJobId({ resultId, version: 1 });
    expect(await waitForJobState(jobId, 'completed')).toBe('completed');
    expect((await queue.getJob(jobId))?.returnvalue).toBe('issued');
  });
});
