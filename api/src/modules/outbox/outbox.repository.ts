import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

/** A job to hand to BullMQ once the transaction that wrote it commits. */
export interface OutboxMessage {
  jobName: string;
  /** Deterministic BullMQ job id: adding the same id twice creates one job. */
  jobId: string;
  /** Ids only: the payload is stored in Redis in plain text. */
  payload: Record<string, string | number>;
}

/** An outbox row waiting for the relay. */
export interface PendingOutboxMessage extends OutboxMessage {
  id: string;
  attempts: number;
}

/** Writes a message in the caller's transaction; a message with the same job id is kept once. */
export async function insertOutboxMessage(
  sequelize: Sequelize,
  transaction: Transaction,
  message: OutboxMessage,
): Promise<void> {
  await sequelize.query(
    `INSERT INTO outbox (job_name, job_id, payload)
     VALUES (:jobName, :jobId, CAST(:payload AS jsonb))
     ON CONFLICT (job_id) DO NOTHING`,
    {
      replacements: {
        jobName: message.jobName,
        jobId: message.jobId,
        payload: JSON.stringify(message.payload),
      },
      transaction,
    },
  );
}

/**
 * Locks up to `limit` messages not yet enqueued. SKIP LOCKED lets several relays run at
 * once without handing out the same row. Messages that failed most often go last, so one
 * message that BullMQ rejects cannot hold back the others.
 */
export async function lockPendingMessages(
  sequelize: Sequelize,
  transaction: Transaction,
  limit: number,
): Promise<PendingOutboxMessage[]> {
  return sequelize.query<PendingOutboxMessage>(
    `SELECT id::text AS id, job_name AS "jobName", job_id AS "jobId", payload, attempts
     FROM outbox
     WHERE enqueued_at IS NULL
     ORDER BY attempts, id
     LIMIT :limit
     FOR UPDATE SKIP LOCKED`,
    { replacements: { limit }, transaction, type: QueryTypes.SELECT },
  );
}

/** Marks a message as handed to BullMQ. */
export async function markMessageEnqueued(
  sequelize: Sequelize,
  transaction: Transaction,
  id: string,
): Promise<void> {
  await sequelize.query(
    `UPDATE outbox SET enqueued_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = :id`,
    { replacements: { id }, transaction },
  );
}

/** Counts a failed hand-over and keeps its error message for operators. */
export async function recordMessageFailure(
  sequelize: Sequelize,
  transaction: Transaction,
  id: string,
  error: string,
): Promise<void> {
  await sequelize.query(`UPDATE outbox SET attempts = attempts + 1, last_error = :error WHERE id = :id`, {
    replacements: { id, error: error.slice(0, 1000) },
    transaction,
  });
}
