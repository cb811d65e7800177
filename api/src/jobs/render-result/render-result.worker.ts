import { Worker } from 'bullmq';

import type { QueueSettings } from '../../lib/queue';
import { RENDER_RESULT_JOB } from './render-result.job';
import { createRenderResultProcessor, type RenderResultDependencies } from './render-result.processor';

/**
 * Starts the BullMQ worker that renders result PDFs. Rendering runs on the event loop, so
 * the default concurrency of 2 only overlaps one render with another's database and file work.
 */
export function createRenderResultWorker(
  dependencies: RenderResultDependencies & { queue: QueueSettings; concurrency?: number },
): Worker {
  const log = dependencies.logger.child({ module: 'render-result' });
  const worker = new Worker(RENDER_RESULT_JOB, createRenderResultProcessor(dependencies), {
    connection: dependencies.queue.connection,
    prefix: dependencies.queue.prefix,
    concurrency: dependencies.concurrency ?? 2,
  });

  worker.on('error', (error) => {
    log.debug({ event: 'worker.error', err: error }, 'Worker connection error');
  });
  return worker;
}
