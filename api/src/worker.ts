import type { Redis } from 'ioredis';

import { loadConfigOrExit } from './lib/config';
import { createSequelize } from './lib/db';
import { createLogger, type Logger } from './lib/logger';
import { stopWhenParentExits } from './lib/parent-watch';
import { RedisEvictionPolicyError, assertNoEviction } from './lib/redis-eviction-policy';
import { createProducerRedis, createRedis } from './lib/redis';
import { loadResultSignerOrExit } from './modules/results/signing/load-result-signer';
import { startWorkerRuntime, type WorkerResources, type WorkerRuntime } from './worker-runtime';

/** Interval of the "still waiting for Redis" warning at start, in milliseconds. */
const REDIS_WAIT_WARNING_MS = 10_000;

/** Resolves once the connection is ready, warning while Redis stays unreachable. */
async function waitForRedis(redis: Redis, logger: Logger): Promise<void> {
  const warning = setInterval(() => {
    logger.warn({ event: 'worker.waiting_for_redis' }, 'Worker waiting for Redis before it starts');
  }, REDIS_WAIT_WARNING_MS);
  try {
    // events.once() would reject on the 'error' events that ioredis emits on each failed attempt.
    while (redis.status !== 'ready') {
      await new Promise<void>((resolve) => redis.once('ready', () => resolve()));
    }
  } finally {
    clearInterval(warning);
  }
}

/**
 * Checks the eviction policy, printing the fix and exiting when Redis may delete jobs. A
 * restarted Redis may come back with another configuration, so this runs on every reconnection.
 */
async function checkEvictionPolicy(redis: Redis, logger: Logger): Promise<boolean> {
  try {
    await assertNoEviction(redis);
    return true;
  } catch (error) {
    if (!(error instanceof RedisEvictionPolicyError)) {
      // A connection lost during the check; the next reconnection checks again.
      logger.warn(
        { event: 'redis.policy_check.failed', err: error },
        'Could not read the Redis eviction policy',
      );
      return true;
    }
    logger.fatal({ event: 'redis.policy_rejected', policy: error.policy }, error.message);
    console.error(`SmartGate worker: ${error.message}`);
    return false;
  }
}

/**
 * Stops on SIGINT or SIGTERM, or when the start script that spawned the worker exits: the jobs
 * in hand finish (within the shutdown timeout), then connections close.
 */
function stopOnSignals(resources: WorkerResources, getRuntime: () => WorkerRuntime | undefined) {
  const { config, logger } = resources;
  let stopping = false;

  const stop = async (reason: string, exitCode: number) => {
    // A Ctrl-C reaches the worker twice, from the terminal and from the start script.
    if (stopping) {
      return;
    }
    stopping = true;
    logger.info({ event: 'worker.stopping', reason }, 'Worker stopping');
    setTimeout(() => {
      // A job still active here goes back to the queue once its lock expires.
      logger.error({ event: 'worker.shutdown_timeout' }, 'Clean stop timed out; exiting');
      process.exit(1);
    }, config.worker.shutdownTimeoutMs).unref();

    try {
      await getRuntime()?.stop();
      resources.producerRedis.disconnect();
      resources.workerRedis.disconnect();
      await resources.sequelize.close();
    } catch (error) {
      logger.error({ event: 'worker.stop_failed', err: error }, 'Worker did not stop cleanly');
      process.exit(1);
    }

    logger.info({ event: 'worker.stopped' }, 'Worker stopped');
    process.exit(exitCode);
  };

  process.on('SIGTERM', (signal) => void stop(signal, 0));
  process.on('SIGINT', (signal) => void stop(signal, 0));
  stopWhenParentExits(() => void stop('parent exited', 0));
  return stop;
}

/**
 * Runs the worker process: the outbox relay moves committed jobs into BullMQ, the render
 * worker turns them into result PDFs, and the reconciler re-delivers jobs that Redis lost.
 * The API applies the migrations, so start it first.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config).child({ process: 'worker' });
  // Every render signs its PDF, so a missing or unusable certificate stops the worker here.
  const signer = loadResultSignerOrExit(config.resultSigning);
  // The certificate names stay out of the log, because a real signing certificate may name a person.
  logger.info(
    { event: 'result.signing.loaded', certificateValidUntil: signer.validUntil.toISOString() },
    'Result signing certificate loaded',
  );
  const resources: WorkerResources = {
    config,
    logger,
    sequelize: createSequelize(config, logger),
    producerRedis: createProducerRedis(config, logger),
    workerRedis: createRedis(config, logger),
  };
  // A signal may arrive while the worker still waits for Redis, before any runtime exists.
  const started: { runtime?: WorkerRuntime } = {};
  const stop = stopOnSignals(resources, () => started.runtime);

  await waitForRedis(resources.producerRedis, logger);
  if (!(await checkEvictionPolicy(resources.producerRedis, logger))) {
    process.exit(1);
  }

  started.runtime = await startWorkerRuntime(resources);
  logger.info(
    { event: 'worker.started', dataDir: config.dataDir, queuePrefix: config.queuePrefix },
    'Worker started',
  );

  resources.producerRedis.on('ready', () => {
    void checkEvictionPolicy(resources.producerRedis, logger).then((allowed) =>
      allowed ? started.runtime?.reconcileSoon() : stop('redis eviction policy', 1),
    );
  });
}

main().catch((error: unknown) => {
  // The logger may not exist yet, and a failed start must always be visible on the terminal.
  console.error('SmartGate worker failed to start:', error);
  process.exit(1);
});
