import { Queue, type DefaultJobOptions } from 'bullmq';
import type { Redis } from 'ioredis';

import type { Logger } from './logger';

/** Prefix of every BullMQ key in Redis; tests pass their own so parallel runs do not share queues. */
export const DEFAULT_QUEUE_PREFIX = 'smartgate';

/** Location of the queues: a Redis connection and a key prefix. */
export interface QueueSettings {
  connection: Redis;
  prefix: string;
}

/**
 * Retry and retention defaults of every job: 5 attempts 5 s, 10 s, 20 s, 40 s apart, then
 * finished jobs are trimmed so Redis does not grow without bound. A trimmed job id can be
 * added again, which is why each processor is idempotent.
 */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 1_000 },
  removeOnFail: { age: 30 * 24 * 3600, count: 5_000 },
};

/**
 * Opens a queue. Queue names double as job names here: each job has a queue of its own.
 * Connection errors are logged instead of being thrown as unhandled `error` events.
 */
export function createQueue(name: string, settings: QueueSettings, logger: Logger): Queue {
  const queue = new Queue(name, {
    connection: settings.connection,
    prefix: settings.prefix,
    defaultJobOptions: DEFAULT_JOB_OPTIONS,
  });

  queue.on('error', (error) => {
    logger.debug({ event: 'queue.error', queue: name, err: error }, 'Queue connection error');
  });
  return queue;
}
