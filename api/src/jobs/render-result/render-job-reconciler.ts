import type { Queue } from 'bullmq';
import type { Sequelize } from 'sequelize';

import type { Logger } from '../../lib/logger';
import type { OutboxReconciler } from '../../modules/outbox/outbox-reconcile-loop';
import { insertOutboxMessage } from '../../modules/outbox/outbox.repository';
import { RENDER_RESULT_JOB, renderResultJobId } from './render-result.job';
import {
  findPendingRenders,
  markForRedelivery,
  markPendingResultFailed,
  type PendingRender,
} from './render-job-reconciler.repository';

/** Settings of a render job reconciler. */
export interface RenderJobReconcilerOptions {
  sequelize: Sequelize;
  logger: Logger;
  /** The render-result queue, on a connection that fails fast while Redis is down. */
  queue: Queue;
  pageSize?: number;
}

/** Repairs of one pass, counted by kind. */
export type ReconcileCounts = {
  /** Delivered outbox rows whose job Redis no longer had, marked for the relay again. */
  redelivered: number;
  /** Pending results of a version that had no outbox row, given one. */
  restored: number;
  /** Pending results whose job BullMQ failed for good without the processor noting it, marked failed. */
  failed: number;
};

type Repair = keyof ReconcileCounts | 'none';

/**
 * Makes sure that every pending result has a render job in Redis. The relay marks an outbox
 * row delivered once BullMQ has the job, but Redis can lose jobs afterwards (FLUSHALL, a
 * restart without persistence, a failover to a stale replica). Each pass looks up the current
 * version's job of every pending result and marks the row undelivered again when the job is
 * gone, so the relay adds it with the same job id. Rendering is idempotent, so a job added
 * while a lost one is still running issues the result once.
 */
export class RenderJobReconciler implements OutboxReconciler {
  readonly jobName = RENDER_RESULT_JOB;
  private readonly log: Logger;
  private readonly pageSize: number;

  constructor(private readonly options: RenderJobReconcilerOptions) {
    this.log = options.logger.child({ module: 'render-job-reconciler', jobName: RENDER_RESULT_JOB });
    this.pageSize = options.pageSize ?? 200;
  }

  /** Checks every pending result once and returns what was repaired. */
  async reconcileOnce(): Promise<ReconcileCounts> {
    const counts: ReconcileCounts = { redelivered: 0, restored: 0, failed: 0 };
    let afterId: string | null = null;

    for (;;) {
      const page = await findPendingRenders(
        this.options.sequelize,
        { afterId, limit: this.pageSize },
        renderResultJobId,
      );
      const repairs = await Promise.all(page.map((render) => this.reconcile(render)));
      repairs.filter((repair) => repair !== 'none').forEach((repair) => counts[repair]++);

      if (page.length < this.pageSize) {
        return counts;
      }
      afterId = page[page.length - 1].resultId;
    }
  }

  private async reconcile(render: PendingRender): Promise<Repair> {
    if (render.enqueuedAt === undefined) {
      return this.restoreOutboxRow(render);
    }
    if (render.enqueuedAt === null) {
      // The relay has not delivered it yet and will.
      return 'none';
    }

    const state = await this.options.queue.getJobState(render.jobId);
    if (state === 'unknown') {
      return this.redeliver(render, 'Job was missing from Redis');
    }
    if (state === 'completed') {
      // Only a race with the issue that just committed gets here; the redelivery checks again.
      await this.options.queue.remove(render.jobId);
      return this.redeliver(render, 'Job completed without issuing the result');
    }
    if (state === 'failed') {
      return this.markFailed(render);
    }
    return 'none';
  }

  private async restoreOutboxRow(render: PendingRender): Promise<Repair> {
    const { sequelize } = this.options;
    await sequelize.transaction((transaction) =>
      insertOutboxMessage(sequelize, transaction, {
        jobName: RENDER_RESULT_JOB,
        jobId: render.jobId,
        payload: { resultId: render.resultId, version: render.version },
      }),
    );
    this.log.warn(
      { event: 'outbox.reconcile.restored', jobId: render.jobId, resultId: render.resultId },
      'Pending result had no outbox row; added one',
    );
    return 'restored';
  }

  private async redeliver(render: PendingRender, reason: string): Promise<Repair> {
    if (!(await markForRedelivery(this.options.sequelize, render, reason))) {
      return 'none';
    }
    this.log.warn(
      { event: 'outbox.reconcile.redelivered', jobId: render.jobId, resultId: render.resultId, reason },
      'Render job lost from Redis; the relay adds it again',
    );
    return 'redelivered';
  }

  /**
   * Marks the result failed when BullMQ failed its job without the processor noting it. That
   * happens when the job stalled more often than allowed, for example because it crashed the
   * worker each time. Adding it again could crash workers forever, so an officer retries it.
   */
  private async markFailed(render: PendingRender): Promise<Repair> {
    const job = await this.options.queue.getJob(render.jobId);
    const reason = job?.failedReason || 'Render job failed';
    if (!(await markPendingResultFailed(this.options.sequelize, render, reason))) {
      return 'none';
    }
    this.log.warn(
      { event: 'outbox.reconcile.failed', jobId: render.jobId, resultId: render.resultId, reason },
      'Render job failed without recording it; marked the result failed',
    );
    return 'failed';
  }
}
