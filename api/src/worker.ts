import type { Queue } from 'bullmq';

import { createRenderResultWorker } from './jobs/render-result/render-result.worker';
import { RENDER_RESULT_JOB } from './jobs/render-result/render-result.job';
import { loadConfigOrExit } from './lib/config';
import { createSequelize } from './lib/db';
import { createLogger } from './lib/logger';
import { DEFAULT_QUEUE_PREFIX, createQueue } from './lib/queue';
import { createProducerRedis, createRedis } from './lib/redis';
import { OutboxRelay } from './modules/outbox/outbox-relay';

/** Time allowed for a clean stop before the process exits anyway, in milliseconds. */
const SHUTDOWN_TIMEOUT_MS = 20_000;

/**
 * Runs the worker process: the outbox relay moves committed jobs into BullMQ, and the render
 * worker turns them into result PDFs. The API applies the migrations, so start it first.
 */
function main(): void {
  const config = loadConfigOrExit();
  const logger = createLogger(config).child({ process: 'worker' });
  const sequelize = createSequelize(config, logger);

  // The relay's connection fails fast while Redis is down; the worker's blocks and waits.
  const producerRedis = createProducerRedis(config, logger);
  const workerRedis = createRedis(config, logger);
  const queues = new Map<string, Queue>([
    [
      RENDER_RESULT_JOB,
      createQueue(RENDER_RESULT_JOB, { connection: producerRedis, prefix: DEFAULT_QUEUE_PREFIX }, logger),
    ],
  ]);

  const relay = new OutboxRelay({
    sequelize,
    logger,
    isRedisReady: () => producerRedis.status === 'ready',
    queueFor: (jobName) => {
      const queue = queues.get(jobName);
      if (!queue) {
        throw new Error(`No queue handles jobs named ${jobName}`);
      }
      return queue;
    },
  });
  const worker = createRenderResultWorker({
    sequelize,
    logger,
    config,
    queue: { connection: workerRedis, prefix: DEFAULT_QUEUE_PREFIX },
  });

  relay.start();
  logger.info({ event: 'worker.started', dataDir: config.dataDir }, 'Worker started');

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    // A Ctrl-C reaches the worker twice, from the terminal and from the start script.
    if (stopping) {
      return;
    }
    stopping = true;
    logger.info({ event: 'worker.stopping', signal }, 'Worker stopping');
    setTimeout(() => {
      logger.error({ event: 'worker.shutdown_timeout' }, 'Clean stop timed out; exiting');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();

    try {
      // The worker finishes its current jobs before the relay and the connections go.
      await worker.close();
      await relay.stop();
      await Promise.all([...queues.values()].map((queue) => queue.close()));
      producerRedis.disconnect();
      workerRedis.disconnect();
      await sequelize.close();
    } catch (error) {
      logger.error({ event: 'worker.stop_failed', err: error }, 'Worker did not stop cleanly');
      process.exit(1);
    }

    logger.info({ event: 'worker.stopped' }, 'Worker stopped');
    process.exit(0);
  };

  process.on('SIGTERM', (signal) => void stop(signal));
  process.on('SIGINT', (signal) => void stop(signal));
}

main();
