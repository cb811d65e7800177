import { QueryTypes, type Sequelize } from 'sequelize';

import { SEND_EMAIL_JOB } from './send-email.job';

/**
 * A notice's outbox row in the state "delivered to Redis, not sent, not failed for good".
 * The relay clears `last_error` when it delivers a row, so on a delivered row a `last_error`
 * can only come from `recordNoticeFailedForGood`.
 */
const UNSENT_DELIVERED_NOTICE = `o.job_name = '${SEND_EMAIL_JOB}'
       AND o.enqueued_at IS NOT NULL
       AND o.last_error IS NULL
       AND NOT EXISTS (SELECT 1 FROM sent_emails s WHERE s.job_id = o.job_id)`;

/** The outbox row of a notice that Redis should still hold a job for. */
export interface UnsentNotice {
  outboxId: string;
  jobId: string;
}

/**
 * Lists up to `limit` notices after outbox id `afterId` that were delivered to Redis but are
 * neither sent nor failed for good, in id order.
 * NOTE: no index covers this filter, so each pass reads every notice row of the outbox. A very
 * large outbox needs a partial index on the delivered, unsent notice rows.
 */
export async function findUnsentNotices(
  sequelize: Sequelize,
  page: { afterId: string | null; limit: number },
): Promise<UnsentNotice[]> {
  return sequelize.query<UnsentNotice>(
    `SELECT o.id::text AS "outboxId", o.job_id AS "jobId"
     FROM outbox o
     WHERE ${UNSENT_DELIVERED_NOTICE}
       AND (CAST(:afterId AS bigint) IS NULL OR o.id > CAST(:afterId AS bigint))
     ORDER BY o.id
     LIMIT :limit`,
    { replacements: { afterId: page.afterId, limit: page.limit }, type: QueryTypes.SELECT },
  );
}

/**
 * Marks a delivered notice as undelivered again, so that the relay adds its job anew, unless
 * it has meanwhile been sent or failed for good. Returns whether the row changed.
 */
export async function markNoticeForRedelivery(
  sequelize: Sequelize,
  jobId: string,
  reason: string,
): Promise<boolean> {
  const [rows] = await sequelize.query(
    `UPDATE outbox o SET enqueued_at = NULL, last_error = :reason
     WHERE o.job_id = :jobId AND ${UNSENT_DELIVERED_NOTICE}
     RETURNING o.id`,
    { replacements: { jobId, reason } },
  );
  return (rows as unknown[]).length > 0;
}

/**
 * Keeps the error of a notice job that BullMQ will not run again on its outbox row, for
 * operators, and so that the reconciler does not add it again once BullMQ has trimmed it.
 * Returns whether the row changed.
 */
export async function recordNoticeFailedForGood(
  sequelize: Sequelize,
  jobId: string,
  error: string,
): Promise<boolean> {
  const [rows] = await sequelize.query(
    `UPDATE outbox o SET last_error = :error
     WHERE o.job_id = :jobId AND ${UNSENT_DELIVERED_NOTICE}
     RETURNING o.id`,
    { replacements: { jobId, error: (error || 'Notice job failed').slice(0, 1000) } },
  );
  return (rows as unknown[]).length > 0;
}
