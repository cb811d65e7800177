import { QueryTypes, type Sequelize } from 'sequelize';

/** A result still waiting for its PDF, with the outbox row of its current version's render job. */
export interface PendingRender {
  resultId: string;
  version: number;
  jobId: string;
  /** Absent when no outbox row exists for this version; null while the relay has not delivered it yet. */
  enqueuedAt: Date | null | undefined;
}

/** Lists up to `limit` pending results after `afterId` in id order, with their render job's outbox row. */
export async function findPendingRenders(
  sequelize: Sequelize,
  page: { afterId: string | null; limit: number },
  jobIdOf: (result: { resultId: string; version: number }) => string,
): Promise<PendingRender[]> {
  const results = await sequelize.query<{ resultId: string; version: number }>(
    `SELECT id AS "resultId", version FROM results
     WHERE status = 'pending' AND (CAST(:afterId AS uuid) IS NULL OR id > CAST(:afterId AS uuid))
     ORDER BY id
     LIMIT :limit`,
    { replacements: { afterId: page.afterId, limit: page.limit }, type: QueryTypes.SELECT },
  );
  if (results.length === 0) {
    return [];
  }

  const renders = results.map((result) => ({ ...result, jobId: jobIdOf(result) }));
  const rows = await sequelize.query<{ jobId: string; enqueuedAt: Date | null }>(
    `SELECT job_id AS "jobId", enqueued_at AS "enqueuedAt" FROM outbox WHERE job_id IN (:jobIds)`,
    { replacements: { jobIds: renders.map((render) => render.jobId) }, type: QueryTypes.SELECT },
  );
  const enqueuedAtByJobId = new Map(rows.map((row) => [row.jobId, row.enqueuedAt]));

  return renders.map((render) => ({ ...render, enqueuedAt: enqueuedAtByJobId.get(render.jobId) }));
}

/**
 * Marks a delivered outbox row as undelivered again, so that the relay adds its job anew,
 * unless the result has meanwhile been issued or moved to another version. Returns whether
 * the row changed.
 */
export async function markForRedelivery(
  sequelize: Sequelize,
  render: Pick<PendingRender, 'resultId' | 'version' | 'jobId'>,
  reason: string,
): Promise<boolean> {
  const [rows] = await sequelize.query(
    `UPDATE outbox SET enqueued_at = NULL, last_error = :reason
     WHERE job_id = :jobId AND enqueued_at IS NOT NULL
       AND EXISTS (SELECT 1 FROM results WHERE id = :resultId AND status = 'pending' AND version = :version)
     RETURNING id`,
    { replacements: { ...render, reason } },
  );
  return (rows as unknown[]).length > 0;
}

/**
 * Marks a pending result of the given version as failed, for a job that BullMQ failed without
 * the processor recording it (a job that stalled too often). Returns whether the row changed.
 */
export async function markPendingResultFailed(
  sequelize: Sequelize,
  render: Pick<PendingRender, 'resultId' | 'version'>,
  error: string,
): Promise<boolean> {
  const [rows] = await sequelize.query(
    `UPDATE results SET status = 'failed', last_error = :error, updated_at = now()
     WHERE id = :resultId AND status = 'pending' AND version = :version
     RETURNING id`,
    { replacements: { ...render, error: error.slice(0, 1000) } },
  );
  return (rows as unknown[]).length > 0;
}
