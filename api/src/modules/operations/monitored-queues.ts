import type { Queue } from 'bullmq';

import { RENDER_RESULT_JOB } from '../../jobs/render-result/render-result.job';
import { SEND_EMAIL_JOB } from '../../jobs/send-email/send-email.job';
import type { Config } from '../../lib/config';
import type { Logger } from '../../lib/logger';
import { createQueue } from '../../lib/queue';
import { createProducerRedis } from '../../lib/redis';

/** Queues that the queue page and `/metrics` show. Each job has a queue of its own name. */
export const MONITORED_QUEUE_NAMES: readonly string[] = [RENDER_RESULT_JOB, SEND_EMAIL_JOB];

/** The API's view of the BullMQ queues, over one Redis connection that it owns. */
export interface MonitoredQueues {
  queues: Queue[];
  isRedisReady(): boolean;
  close(): Promise<void>;
}

/**
 * Opens the monitored queues on a connection that fails fast while Redis is down, so the
 * queue page and the queue metrics fail at once instead of holding requests. Nothing else in
 * the API uses Redis: approvals only write the outbox in PostgreSQL.
 */
export function openMonitoredQueues(
  config: Pick<Config, 'redisUrl' | 'queuePrefix'>,
  logger: Logger,
): MonitoredQueues {
  const redis = createProducerRedis(config, logger);
  const queues = MONITORED_QUEUE_NAMES.map((name) =>
    createQueue(name, { connection: redis, prefix: config.queuePrefix }, logger),
  );

  return {
    queues,
    isRedisReady: () => redis.status === 'ready',
    close: async () => {
      await Promise.all(queues.map((queue) => queue.close()));
      redis.disconnect();
    },
  };
}
