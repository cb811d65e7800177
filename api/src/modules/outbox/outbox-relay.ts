import type { Queue } from 'bullmq';
import type { Sequelize } from 'sequelize';

import type { Logger } from '../../lib/logger';
import {
  lockPendingMessages,
  markMessageEnqueued,
  recordMessageFailure,
  type PendingOutboxMessage,
} from './outbox.repository';

/** Settings of an outbox relay. The defaults suit the worker process. */
export interface OutboxRelayOptions {
  sequelize: Sequelize;
  logger: Logger;
  /** Returns the queue that takes jobs of a name. */
  queueFor: (jobName: string) => Queue;
  batchSize?: number;
  /**
   * Pause between passes that found less than a batch. It bounds the time from an approval
   * to its job: at 100 ms the relay adds at most that much (50 ms on average), and an idle
   * pass is three short statements on an index of the pending rows only.
   */
  pollIntervalMs?: number;
  /** Time allowed for one `queue.add` before the pass gives up, in milliseconds. */
  addTimeoutMs?: number;
  /**
   * Returns false while the queues' Redis connection is down. BullMQ's `add` waits for a
   * first connection instead of failing, so the relay then records the outage without
   * calling it, rather than leaving one pending `add` behind per pass.
   */
  isRedisReady?: () => boolean;
}

/** See `OutboxRelayOptions.pollIntervalMs`. */
export const DEFAULT_POLL_INTERVAL_MS = 100;

/** Rejects when `promise` takes longer than `ms` milliseconds. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Adding the job to Redis timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Moves committed outbox rows into BullMQ. Approval only writes a row in PostgreSQL, so it
 * never waits for Redis. This relay delivers the row once Redis is reachable. A repeated
 * delivery (after a crash between `add` and the commit, or from a second relay) adds no
 * job while the first one with the same id is still kept in Redis. After BullMQ has trimmed
 * it, the new job finds its result issued and changes nothing.
 */
export class OutboxRelay {
  private readonly log: Logger;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly addTimeoutMs: number;
  private timer: NodeJS.Timeout | undefined;
  private currentPass: Promise<void> | undefined;
  private running = false;
  private failedPasses = 0;

  constructor(private readonly options: OutboxRelayOptions) {
    this.log = options.logger.child({ module: 'outbox-relay' });
    this.batchSize = options.batchSize ?? 50;
    this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    this.addTimeoutMs = options.addTimeoutMs ?? 5_000;
  }

  /** Starts polling. Each pass starts after the previous one has finished. */
  start(): void {
    this.running = true;
    this.log.info(
      { event: 'outbox.relay.started', pollIntervalMs: this.pollIntervalMs },
      'Outbox relay started',
    );
    this.schedule(0);
  }

  /** Stops polling and waits for the pass in progress. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.currentPass;
    this.log.info({ event: 'outbox.relay.stopped' }, 'Outbox relay stopped');
  }

  /**
   * Delivers up to one batch and returns how many messages reached BullMQ. The pass ends
   * at the first failure, because it almost always means Redis is unreachable.
   */
  async relayOnce(): Promise<number> {
    const { sequelize } = this.options;

    return sequelize.transaction(async (transaction) => {
      const messages = await lockPendingMessages(sequelize, transaction, this.batchSize);
      let delivered = 0;

      for (const message of messages) {
        const error = await this.deliver(message);
        if (error) {
          await recordMessageFailure(sequelize, transaction, message.id, error.message);
          this.reportFailure(message, error);
          break;
        }

        await markMessageEnqueued(sequelize, transaction, message.id);
        delivered++;
      }

      if (delivered > 0) {
        this.reportDelivery(delivered);
      }
      return delivered;
    });
  }

  private async deliver(message: PendingOutboxMessage): Promise<Error | undefined> {
    if (this.options.isRedisReady && !this.options.isRedisReady()) {
      return new Error('Redis is not connected');
    }

    try {
      const queue = this.options.queueFor(message.jobName);
      await withTimeout(
        queue.add(message.jobName, message.payload, { jobId: message.jobId }),
        this.addTimeoutMs,
      );
      return undefined;
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  private schedule(delayMs: number): void {
    if (!this.running) {
      return;
    }
    this.timer = setTimeout(() => {
      this.currentPass = this.runPass();
    }, delayMs);
  }

  private async runPass(): Promise<void> {
    let delivered = 0;
    try {
      delivered = await this.relayOnce();
    } catch (error) {
      // PostgreSQL itself failed; the next pass tries again.
      this.log.error({ event: 'outbox.relay.failed', err: error }, 'Outbox relay pass failed');
    }

    // A full batch means more rows are probably waiting.
    this.schedule(delivered === this.batchSize ? 0 : this.pollIntervalMs);
  }

  private reportFailure(message: PendingOutboxMessage, error: Error): void {
    this.failedPasses++;
    const fields = {
      event: 'outbox.enqueue.failed',
      jobId: message.jobId,
      attempts: message.attempts + 1,
      err: error,
    };

    // While Redis is down every pass fails the same way, so only the first and one a minute are warnings.
    const passesPerMinute = Math.max(1, Math.round(60_000 / this.pollIntervalMs));
    if (this.failedPasses === 1 || this.failedPasses % passesPerMinute === 0) {
      this.log.warn({ ...fields, failedPasses: this.failedPasses }, 'Could not enqueue job; will retry');
    } else {
      this.log.debug(fields, 'Could not enqueue job; will retry');
    }
  }

  private reportDelivery(delivered: number): void {
    if (this.failedPasses > 0) {
      this.log.info(
        { event: 'outbox.relay.recovered', failedPasses: this.failedPasses },
        'Outbox relay reached Redis again',
      );
      this.failedPasses = 0;
    }
    this.log.info({ event: 'outbox.enqueued', count: delivered }, 'Enqueued outbox jobs');
  }
}
