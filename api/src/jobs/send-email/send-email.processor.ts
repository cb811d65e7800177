import { UnrecoverableError, type Job } from 'bullmq';
import type { Sequelize } from 'sequelize';

import type { Config } from '../../lib/config';
import type { Logger } from '../../lib/logger';
import type { MailTransport, SentMail } from '../../modules/notifications/mail-transport';
import { NoticeUnavailableError, composeNoticeMail } from '../../modules/notifications/notice-mail';
import { ResultPdfChecksumError } from '../../modules/notifications/result-pdf-attachment';
import { recordEmailSent, wasEmailSent } from '../../modules/notifications/sent-emails.repository';
import { recordNoticeFailedForGood } from './notice-job-reconciler.repository';
import { SendEmailPayload, sendEmailJobId } from './send-email.job';

/** Services and settings that the e-mail job takes from the process that runs it. */
export interface SendEmailDependencies {
  sequelize: Sequelize;
  logger: Logger;
  transport: MailTransport;
  config: Pick<Config, 'publicBaseUrl' | 'dataDir'>;
}

/** Outcome of a run: `sent` with the message it sent, or `skipped` when an earlier run had sent it. */
export type SendEmailOutcome = { outcome: 'sent'; mail: SentMail } | { outcome: 'skipped' };

/**
 * Sends the notice of a job once. A retry after the send finds the job in `sent_emails` and
 * sends nothing. A notice whose record is missing or no longer in the state it reports, or
 * whose PDF fails its checksum, fails for good instead of being retried.
 * NOTE: a crash between the send and the insert sends the notice again on retry, because
 * no transport offers an atomic send-and-record.
 */
export async function sendEmail(
  dependencies: SendEmailDependencies,
  payload: SendEmailPayload,
): Promise<SendEmailOutcome> {
  const { sequelize, transport } = dependencies;
  const jobId = sendEmailJobId(payload);
  if (await wasEmailSent(sequelize, jobId)) {
    return { outcome: 'skipped' };
  }

  const message = await composeMessage(dependencies, payload);
  const mail = await transport.send(message);
  await recordEmailSent(sequelize, jobId, mail.messageId);
  return { outcome: 'sent', mail };
}

async function composeMessage(dependencies: SendEmailDependencies, payload: SendEmailPayload) {
  try {
    return await composeNoticeMail(dependencies, payload);
  } catch (error) {
    if (error instanceof NoticeUnavailableError || error instanceof ResultPdfChecksumError) {
      throw new UnrecoverableError(error.message);
    }
    throw error;
  }
}

function parsePayload(data: unknown): SendEmailPayload {
  const parsed = SendEmailPayload.safeParse(data);
  if (!parsed.success) {
    throw new UnrecoverableError('Invalid send-email payload');
  }
  return parsed.data;
}

/** The ids that a log line may name: the result or the declaration and its version, never the address. */
function payloadFields(payload: SendEmailPayload) {
  if ('invitationId' in payload) {
    return { notice: payload.notice, invitationId: payload.invitationId };
  }
  return 'resultId' in payload
    ? { notice: payload.notice, resultId: payload.resultId }
    : { notice: payload.notice, declarationId: payload.declarationId, version: payload.version };
}

/**
 * Records a notice that BullMQ will not run again on its outbox row, so that the reconciler
 * does not add it anew. When this write fails, the reconciler records it on a later pass.
 */
async function recordFinalFailure(
  dependencies: SendEmailDependencies,
  payload: SendEmailPayload,
  error: unknown,
): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  await recordNoticeFailedForGood(dependencies.sequelize, sendEmailJobId(payload), message);
}

/** Builds the BullMQ processor. Its log lines name the job, record and message, never the address. */
export function createSendEmailProcessor(dependencies: SendEmailDependencies) {
  const log = dependencies.logger.child({ module: 'send-email' });

  return async (job: Job): Promise<SendEmailOutcome['outcome']> => {
    const started = performance.now();
    const payload = parsePayload(job.data);
    const fields = { jobId: job.id, ...payloadFields(payload), attempt: job.attemptsMade + 1 };

    try {
      const result = await sendEmail(dependencies, payload);
      const durationMs = Math.round(performance.now() - started);
      const mail = result.outcome === 'sent' ? result.mail : undefined;
      log.info(
        {
          event: 'mail.sent',
          ...fields,
          outcome: result.outcome,
          transport: dependencies.transport.kind,
          messageId: mail?.messageId,
          fileName: mail?.fileName,
          durationMs,
        },
        result.outcome === 'sent' ? 'E-mail notice sent' : 'E-mail notice was already sent',
      );
      return result.outcome;
    } catch (error) {
      const final = error instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      log.warn({ event: 'mail.failed', ...fields, final, err: error }, 'E-mail notice failed');
      if (final) {
        await recordFinalFailure(dependencies, payload, error).catch((recordError: unknown) =>
          log.error({ event: 'mail.record_failed', ...fields, err: recordError }, 'Could not record failure'),
        );
      }
      throw error;
    }
  };
}
