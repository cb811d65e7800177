import { QueryTypes, type Transaction } from 'sequelize';

import { SEND_EMAIL_JOB, sendEmailJobId, type SendEmailPayload } from '../../jobs/send-email/send-email.job';
import { sequelizeOf } from '../../lib/transaction-sequelize';
import { insertOutboxMessage } from '../outbox/outbox.repository';
import { hasNoticeRecipient } from './notice-recipient.repository';

/**
 * Writes the outbox message of an e-mail notice in the caller's transaction, so the notice
 * is queued if and only if the step it reports commits. The job id makes a second message for
 * the same notice a no-op. A declaration filed at the counter without an e-mail address gets
 * no notices.
 */
export async function enqueueNotice(
  transaction: Transaction,
  payload: Exclude<SendEmailPayload, { invitationId: string }>,
): Promise<void> {
  if (!(await hasNoticeRecipient(transaction, payload))) {
    return;
  }
  await insertOutboxMessage(sequelizeOf(transaction), transaction, {
    jobName: SEND_EMAIL_JOB,
    jobId: sendEmailJobId(payload),
    payload,
  });
}

/** Reads the declaration's version inside the caller's transaction, including that transaction's own changes. */
async function currentVersion(transaction: Transaction, declarationId: string): Promise<number> {
  const [row] = await sequelizeOf(transaction).query<{ version: number }>(
    `SELECT version FROM declarations WHERE id = :declarationId`,
    { replacements: { declarationId }, transaction, type: QueryTypes.SELECT },
  );
  if (!row) {
    throw new Error(`Declaration ${declarationId} does not exist`);
  }
  return row.version;
}

async function enqueueDeclarationNotice(
  transaction: Transaction,
  notice: 'declaration-submitted' | 'changes-requested' | 'declaration-rejected',
  declarationId: string,
): Promise<void> {
  const version = await currentVersion(transaction, declarationId);
  await enqueueNotice(transaction, { notice, declarationId, version });
}

/** Queues the notice that confirms a submission, with the reference code. Call it in the submission's transaction. */
export async function enqueueSubmissionNotice(
  transaction: Transaction,
  declarationId: string,
): Promise<void> {
  await enqueueDeclarationNotice(transaction, 'declaration-submitted', declarationId);
}

/**
 * Queues the notice that an officer sent the declaration back, with the officer's comments of
 * the latest round. Call it in the transaction that records the change request.
 */
export async function enqueueChangesRequestedNotice(
  transaction: Transaction,
  declarationId: string,
): Promise<void> {
  await enqueueDeclarationNotice(transaction, 'changes-requested', declarationId);
}

/** Queues the notice of a rejection, with the officer's reason. Call it in the rejection's transaction. */
export async function enqueueRejectionNotice(transaction: Transaction, declarationId: string): Promise<void> {
  await enqueueDeclarationNotice(transaction, 'declaration-rejected', declarationId);
}

/**
 * Queues the notice of an issued result, which carries the PDF. Call it in the transaction
 * that marks the result issued, so the file exists before the notice can be sent.
 */
export async function enqueueResultIssuedNotice(transaction: Transaction, resultId: string): Promise<void> {
  await enqueueNotice(transaction, { notice: 'result-issued', resultId });
}

/**
 * Queues the e-mail of an invitation to a business. Call it in the transaction that writes the
 * invitation. The invitation always has an address, so no recipient check is needed.
 */
export async function enqueueBusinessInvitationNotice(
  transaction: Transaction,
  invitationId: string,
): Promise<void> {
  const payload: SendEmailPayload = { notice: 'business-invitation', invitationId };
  await insertOutboxMessage(sequelizeOf(transaction), transaction, {
    jobName: SEND_EMAIL_JOB,
    jobId: sendEmailJobId(payload),
    payload,
  });
}
