import { Redis } from 'ioredis';

import type { Logger } from './logger';

/** The only `maxmemory-policy` under which Redis never deletes BullMQ's keys to free memory. */
export const REQUIRED_EVICTION_POLICY = 'noeviction';

/** Thrown when Redis may evict keys. Its message explains how to fix the Redis configuration. */
export class RedisEvictionPolicyError extends Error {
  override readonly name = 'RedisEvictionPolicyError';

  constructor(readonly policy: string) {
    super(
      `Redis maxmemory-policy is "${policy}", but BullMQ needs "${REQUIRED_EVICTION_POLICY}": under any other ` +
        'policy Redis deletes queued jobs when it runs out of memory. Set "maxmemory-policy noeviction" in ' +
        'redis.conf and restart Redis, or run `redis-cli CONFIG SET maxmemory-policy noeviction` followed by ' +
        '`redis-cli CONFIG REWRITE`. On a managed Redis, change the parameter group. See docs/operations.md.',
    );
  }
}

function isReplyError(error: unknown): boolean {
  return error instanceof Error && error.name === 'ReplyError';
}

/**
 * Reads Redis's `maxmemory-policy`. Managed services often disable or rename CONFIG, so when
 * Redis rejects `CONFIG GET` the policy is read from `INFO memory` instead. Connection errors
 * are not caught.
 */
export async function readEvictionPolicy(redis: Redis): Promise<string> {
  try {
    const reply = (await redis.config('GET', 'maxmemory-policy')) as string[];
    if (reply.length >= 2) {
      return reply[1];
    }
  } catch (error) {
    if (!isReplyError(error)) {
      throw error;
    }
  }

  const info = await redis.info('memory');
  const match = /^maxmemory_policy:(\S+)/m.exec(info);
  if (!match) {
    throw new Error('Redis reported no maxmemory_policy in INFO memory; cannot check its eviction policy');
  }
  return match[1];
}

/** Throws `RedisEvictionPolicyError` unless Redis runs with `maxmemory-policy noeviction`. */
export async function assertNoEviction(redis: Redis): Promise<void> {
  const policy = await readEvictionPolicy(redis);
  if (policy !== REQUIRED_EVICTION_POLICY) {
    throw new RedisEvictionPolicyError(policy);
  }
}

/** Outcome of a one-off check, which is `unreachable` when Redis did not respond within the timeout. */
export type EvictionPolicyCheck = 'ok' | 'unreachable';

/**
 * Checks the policy over a connection of its own that is closed afterwards, for a process
 * that must not keep waiting for Redis. Throws `RedisEvictionPolicyError` on a wrong policy.
 */
export async function checkEvictionPolicyOnce(
  redisUrl: string,
  logger: Logger,
  timeoutMs = 3_000,
): Promise<EvictionPolicyCheck> {
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  // connect() below reports the failure. This listener only keeps ioredis from printing it as unhandled.
  redis.on('error', () => undefined);

  try {
    await redis.connect();
  } catch (error) {
    logger.warn(
      { event: 'redis.policy_check.unreachable', err: error },
      'Redis is not reachable, so its eviction policy was not checked; the worker checks it when it connects',
    );
    redis.disconnect();
    return 'unreachable';
  }

  try {
    await assertNoEviction(redis);
    return 'ok';
  } finally {
    redis.disconnect();
  }
}
