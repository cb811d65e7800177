import type { Queue } from 'bullmq';
import type { Sequelize } from 'sequelize';

import type { Logger } from '../../lib/logger';
import type { OutboxReconciler } from '../../modules/outbox/outbox-reconcile-loop';
import {
  findUnsentNotices,
  markNoticeForRedelivery,
  recordNoticeFailedForGood,
  type UnsentNotice,
} from './notice-job-reconciler.repository';
import { SEND_EMAIL_JOB } from './send-email.job';

/** Settings of a notice job reconciler. */
export interface NoticeJobReconcilerOptions {
  sequelize: Sequelize;
  logger: Logger;
  /** The send-email queue, on a connection that fails fast while Redis is down. */
  queue: Queue;
  pageSize?: number;
}

/** Repairs of one pass, counted by kind. */
export type NoticeReconcileCounts = {
  /** Delivered notices whose job Redis no longer had, marked for the relay again. */
  redelivered: number;
  /** Notices whose job BullMQ failed without the processor noting it, recorded as failed. */
  failed: number;
};

type Repair = keyof NoticeReconcileCounts | 'none';

/**
 * Makes sure that every e-mail notice that is neither sent nor failed for good has a job in
 * Redis. When Redis loses a waiting, delayed or active notice job (FLUSHALL, a restart without
 * persistence), the pass marks its outbox row undelivered again and the relay adds it with the
 * same job id. The send-email job records each sent notice, so a re-added job that finds its
 * notice sent sends nothing.
 */
export class NoticeJobReconciler implements OutboxReconciler {
  readonly jobName = SEND_EMAIL_JOB;
  private readonly log: Logger;
  private readonly pageSize: number;

  constructor(private readonly options: NoticeJobReconcilerOptions) {
    this.log = options.logger.child({ module: 'notice-job-reconciler', jobName: SEND_EMAIL_JOB });
    this.pageSize = options.pageSize ?? 200;
  }

  /** Checks every delivered, unsent notice once and returns what was repaired. */
  async reconcileOnce(): Promise<NoticeReconcileCounts> {
    const counts: NoticeReconcileCounts = { redelivered: 0, failed: 0 };
    let afterId: string | null = null;

    for (;;) {
      const page = await findUnsentNotices(this.options.sequelize, { afterId, limit: this.pageSize });
      const repairs = await Promise.all(page.map((notice) => this.reconcile(notice)));
      repairs.filter((repair) => repair !== 'none').forEach((repair) => counts[repair]++);

      if (page.length < this.pageSize) {
        return counts;
      }
      afterId = page[page.length - 1].outboxId;
    }
  }

  private async reconcile(notice: UnsentNotice): Promise<Repair> {
    const state = await this.options.queue.getJobState(notice.jobId);
    if (state === 'unknown') {
      return this.redeliver(notice);
    }
    if (state === 'failed') {
      return this.recordFailure(notice);
    }
    // Waiting, delayed or active jobs still run. A completed job has just recorded its notice as sent.
    return 'none';
  }

  private async redeliver(notice: UnsentNotice): Promise<Repair> {
    if (
      !(await markNoticeForRedelivery(this.options.sequelize, notice.jobId, 'Job was missing from Redis'))
    ) {
      return 'none';
    }
    this.log.warn(
      { event: 'outbox.reconcile.redelivered', jobId: notice.jobId },
      'Notice job lost from Redis; the relay adds it again',
    );
    return 'redelivered';
  }

  /**
   * Records a notice job that BullMQ failed without the processor noting it, which happens
   * when it stalled more often than allowed. Like a notice whose failure the processor
   * recorded, it is not added again, because it could crash workers without end.
   */
  private async recordFailure(notice: UnsentNotice): Promise<Repair> {
    const job = await this.options.queue.getJob(notice.jobId);
    const reason = job?.failedReason || 'Notice job failed';
    if (!(await recordNoticeFailedForGood(this.options.sequelize, notice.jobId, reason))) {
      return 'none';
    }
    this.log.warn(
      { event: 'outbox.reconcile.failed', jobId: notice.jobId, reason },
      'Notice job failed without recording it; recorded the failure',
    );
    return 'failed';
  }
}
