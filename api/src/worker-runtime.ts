import type { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Sequelize } from 'sequelize';

import { RenderJobReconciler } from './jobs/render-result/render-job-reconciler';
import { RENDER_RESULT_JOB } from './jobs/render-result/render-result.job';
import { createRenderResultWorker } from './jobs/render-result/render-result.worker';
import { NoticeJobReconciler } from './jobs/send-email/notice-job-reconciler';
import { SEND_EMAIL_JOB } from './jobs/send-email/send-email.job';
import { createSendEmailWorker } from './jobs/send-email/send-email.worker';
import type { Config } from './lib/config';
import type { Logger } from './lib/logger';
import { createQueue } from './lib/queue';
import { createMailTransport } from './modules/notifications/mail-transport';
import { OutboxReconcileLoop } from './modules/outbox/outbox-reconcile-loop';
import { OutboxRelay } from './modules/outbox/outbox-relay';
import { sweepOrphanResultFiles } from './modules/results/result-file-sweeper';

/** Interval of the sweep for PDFs that a crashed render left behind. */
const ORPHAN_SWEEP_INTERVAL_MS = 3_600_000;

/** Connections and settings that the worker process opens before it starts its parts. */
export interface WorkerResources {
  config: Config;
  logger: Logger;
  sequelize: Sequelize;
  /** Fails fast while Redis is down: for adding jobs and looking them up. */
  producerRedis: Redis;
  /** Waits for Redis: for BullMQ's blocking job fetches. */
  workerRedis: Redis;
}

/** The running parts of the worker process. */
export interface WorkerRuntime {
  /** Asks for a reconcile pass now, as after Redis reconnected and may have lost its data. */
  reconcileSoon(): void;
  /** Lets the jobs in hand finish, then stops every part. Does not close the connections. */
  stop(): Promise<void>;
}

/** Deletes crash leftovers, logging rather than throwing, because a failed sweep must not stop the worker. */
async function sweepOrphans(resources: WorkerResources): Promise<void> {
  const { config, logger, sequelize } = resources;
  try {
    const deleted = await sweepOrphanResultFiles(sequelize, config.dataDir, config.worker.orphanFileGraceMs);
    if (deleted > 0) {
      logger.info({ event: 'result.files.swept', deleted }, 'Deleted result files that no result points to');
    }
  } catch (error) {
    logger.error({ event: 'result.files.sweep_failed', err: error }, 'Could not sweep orphan result files');
  }
}

/**
 * Starts the outbox relay (PostgreSQL to BullMQ), the reconciler (re-delivers jobs that Redis
 * lost), the render and e-mail workers and the hourly sweep of orphan PDFs.
 */
export async function startWorkerRuntime(resources: WorkerResources): Promise<WorkerRuntime> {
  const { config, logger, sequelize, producerRedis, workerRedis } = resources;
  const prefix = config.queuePrefix;
  const isRedisReady = () => producerRedis.status === 'ready';

  await sweepOrphans(resources);
  const sweepTimer = setInterval(() => void sweepOrphans(resources), ORPHAN_SWEEP_INTERVAL_MS);

  const renderQueue = createQueue(RENDER_RESULT_JOB, { connection: producerRedis, prefix }, logger);
  const emailQueue = createQueue(SEND_EMAIL_JOB, { connection: producerRedis, prefix }, logger);
  const queues = new Map<string, Queue>([
    [RENDER_RESULT_JOB, renderQueue],
    [SEND_EMAIL_JOB, emailQueue],
  ]);
  const mailTransport = createMailTransport(config.mail);
  const relay = new OutboxRelay({
    sequelize,
    logger,
    isRedisReady,
    queueFor: (jobName) => {
      const queue = queues.get(jobName);
      if (!queue) {
        throw new Error(`No queue handles jobs named ${jobName}`);
      }
      return queue;
    },
  });
  const reconciler = new OutboxReconcileLoop({
    logger,
    reconcilers: [
      new RenderJobReconciler({ sequelize, logger, queue: renderQueue }),
      new NoticeJobReconciler({ sequelize, logger, queue: emailQueue }),
    ],
    intervalMs: config.worker.reconcileIntervalMs,
    isRedisReady,
  });
  const workers: Worker[] = [
    createRenderResultWorker({
      sequelize,
      logger,
      config,
      queue: { connection: workerRedis, prefix },
      settings: config.worker,
    }),
    createSendEmailWorker({
      sequelize,
      logger,
      config,
      transport: mailTransport,
      queue: { connection: workerRedis, prefix },
    }),
  ];

  relay.start();
  reconciler.start();

  return {
    reconcileSoon: () => reconciler.requestPass(),
    stop: async () => {
      clearInterval(sweepTimer);
      // close() waits for the jobs in hand; the relay keeps running meanwhile, which is harmless.
      await Promise.all(workers.map((worker) => worker.close()));
      await reconciler.stop();
      await relay.stop();
      await Promise.all([...queues.values()].map((queue) => queue.close()));
      mailTransport.close();
    },
  };
}
