import { setTimeout as sleep } from 'node:timers/promises';

import { Worker } from 'bullmq';

import type { WorkerSettings } from '../../lib/config';
import type { QueueSettings } from '../../lib/queue';
import { RENDER_RESULT_JOB } from './render-result.job';
import { createRenderResultProcessor, type RenderResultDependencies } from './render-result.processor';

/** Options of the render worker beyond the processor's dependencies. */
export interface RenderResultWorkerOptions extends RenderResultDependencies {
  queue: QueueSettings;
  /** Crash-recovery settings; BullMQ's defaults apply to those left out. */
  settings?: Partial<WorkerSettings>;
}

/**
 * Starts the BullMQ worker that renders result PDFs. Rendering runs on the event loop, so
 * the default concurrency of 2 only overlaps one render with another's database and file work.
 * A worker that dies mid-job stops renewing the job's lock, and after `lockDurationMs` the
 * stalled-job check of any worker moves the job back to the waiting list.
 */
export function createRenderResultWorker(options: RenderResultWorkerOptions): Worker {
  const log = options.logger.child({ module: 'render-result' });
  const settings = options.settings ?? {};
  const testDelayMs = settings.renderTestDelayMs ?? 0;
  const dependencies: RenderResultDependencies = testDelayMs
    ? { ...options, beforeIssue: () => sleep(testDelayMs) }
    : options;

  // BullMQ merges its defaults with Object.assign, so an option set to undefined would erase one.
  const recovery = Object.fromEntries(
    Object.entries({
      lockDuration: settings.lockDurationMs,
      stalledInterval: settings.stalledIntervalMs,
      maxStalledCount: settings.maxStalledCount,
    }).filter(([, value]) => value !== undefined),
  );
  const worker = new Worker(RENDER_RESULT_JOB, createRenderResultProcessor(dependencies), {
    connection: options.queue.connection,
    prefix: options.queue.prefix,
    concurrency: settings.concurrency ?? 2,
    ...recovery,
  });

  worker.on('error', (error) => {
    log.debug({ event: 'worker.error', err: error }, 'Worker connection error');
  });
  worker.on('active', (job) => {
    log.debug({ event: 'result.render.started', jobId: job.id }, 'Render job started');
  });
  worker.on('stalled', (jobId) => {
    log.warn({ event: 'result.render.stalled', jobId }, 'Render job stalled; it goes back to the queue');
  });
  return worker;
}
