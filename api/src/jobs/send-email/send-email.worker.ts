import { Worker } from 'bullmq';

import type { QueueSettings } from '../../lib/queue';
import { SEND_EMAIL_JOB } from './send-email.job';
import { createSendEmailProcessor, type SendEmailDependencies } from './send-email.processor';

/** Starts the BullMQ worker that sends e-mail notices, one at a time because notices are rare. */
export function createSendEmailWorker(
  dependencies: SendEmailDependencies & { queue: QueueSettings },
): Worker {
  const log = dependencies.logger.child({ module: 'send-email' });
  const worker = new Worker(SEND_EMAIL_JOB, createSendEmailProcessor(dependencies), {
    connection: dependencies.queue.connection,
    prefix: dependencies.queue.prefix,
    concurrency: 1,
  });

  worker.on('error', (error) => {
    log.debug({ event: 'worker.error', err: error }, 'Worker connection error');
  });
  return worker;
}
