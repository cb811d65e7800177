import { QueryTypes, type Sequelize } from 'sequelize';

/** Returns true when the e-mail of a job already reached the mail transport. */
export async function wasEmailSent(sequelize: Sequelize, jobId: string): Promise<boolean> {
  const rows = await sequelize.query(`SELECT 1 FROM sent_emails WHERE job_id = :jobId`, {
    replacements: { jobId },
    type: QueryTypes.SELECT,
  });
  return rows.length > 0;
}

/** Records that the e-mail of a job was handed to the transport, with the Message-ID for tracing. */
export async function recordEmailSent(sequelize: Sequelize, jobId: string, messageId: string): Promise<void> {
  await sequelize.query(
    `INSERT INTO sent_emails (job_id, message_id, sent_at) VALUES (:jobId, :messageId, now())
     ON CONFLICT (job_id) DO NOTHING`,
    { replacements: { jobId, messageId: messageId.slice(0, 250) } },
  );
}
