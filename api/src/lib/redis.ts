import { Redis } from 'ioredis';

import type { Config } from './config';
import type { Logger } from './logger';

/**
 * Opens a Redis connection for BullMQ. `maxRetriesPerRequest: null` is what BullMQ requires
 * of the connections it blocks on. Reconnection retries forever with a capped delay, so a
 * Redis outage delays jobs but never stops the process.
 */
export function createRedis(config: Pick<Config, 'redisUrl'>, logger: Logger): Redis {
  return withConnectionLogging(
    new Redis(config.redisUrl, {
      maxRetriesPerRequest: null,
      enableOfflineQueue: true,
      retryStrategy: (attempt) => Math.min(attempt * 500, 5_000),
    }),
    logger,
  );
}

/**
 * Opens a Redis connection for adding jobs that fails fast while Redis is down. Commands are
 * rejected at once instead of waiting in ioredis's offline queue, so the outbox relay can
 * record the failure and try again on its next pass. Reconnection still retries forever.
 */
export function createProducerRedis(config: Pick<Config, 'redisUrl'>, logger: Logger): Redis {
  return withConnectionLogging(
    new Redis(config.redisUrl, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      retryStrategy: (attempt) => Math.min(attempt * 500, 5_000),
    }),
    logger,
  );
}

function withConnectionLogging(redis: Redis, logger: Logger): Redis {
  const log = logger.child({ module: 'redis' });

  let lastError = '';
  redis.on('error', (error: Error) => {
    // ioredis emits the same error on every retry, so each distinct message is logged once.
    if (error.message !== lastError) {
      lastError = error.message;
      log.warn({ event: 'redis.error', err: error }, 'Redis connection failed, retrying');
    }
  });
  redis.on('ready', () => {
    lastError = '';
    log.info({ event: 'redis.ready' }, 'Redis connection ready');
  });

  return redis;
}
