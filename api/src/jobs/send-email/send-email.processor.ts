import { UnrecoverableError, type Job } from 'bullmq';
import type { Sequelize } from 'sequelize';

import type { Config } from '../../lib/config';
import type { Logger } from '../../lib/logger';
import type { MailTransport, SentMail } from '../../modules/notifications/mail-transport';
import { revocationNotice } from '../../modules/notifications/revocation-notice';
import { findRevocationNotice } from '../../modules/notifications/revocation-notice.repository';
import { recordEmailSent, wasEmailSent } from '../../modules/notifications/sent-emails.repository';
import { SendEmailPayload, sendEmailJobId } from './send-email.job';

/** Services and settings that the e-mail job takes from the process that runs it. */
export interface SendEmailDependencies {
  sequelize: Sequelize;
  logger: Logger;
  transport: MailTransport;
  config: Pick<Config, 'publicBaseUrl'>;
}

/** Outcome of a run: `sent` with the message it sent, or `skipped` when an earlier run had sent it. */
export type SendEmailOutcome = { outcome: 'sent'; mail: SentMail } | { outcome: 'skipped' };

/**
 * Sends the notice of a job once. A retry after the send finds the job in `sent_emails` and
 * sends nothing.
 * NOTE: a crash between the send and the insert sends the notice again on retry, because
 * no transport offers an atomic send-and-record.
 */
export async function sendEmail(
  dependencies: SendEmailDependencies,
  payload: SendEmailPayload,
): Promise<SendEmailOutcome> {
  const { sequelize, transport, config } = dependencies;
  const jobId = sendEmailJobId(payload);
  if (await wasEmailSent(sequelize, jobId)) {
    return { outcome: 'skipped' };
  }

  const notice = await findRevocationNotice(sequelize, payload.resultId);
  if (!notice) {
    throw new UnrecoverableError(`Result ${payload.resultId} does not exist or is not revoked`);
  }

  const content = revocationNotice(notice, config.publicBaseUrl);
  const mail = await transport.send({ to: notice.email, subject: content.subject, text: content.text });
  await recordEmailSent(sequelize, jobId, mail.messageId);
  return { outcome: 'sent', mail };
}

function parsePayload(data: unknown): SendEmailPayload {
  const parsed = SendEmailPayload.safeParse(data);
  if (!parsed.success) {
    throw new UnrecoverableError('Invalid send-email payload');
  }
  return parsed.data;
}

/** Builds the BullMQ processor. Its log lines name the job, result and message, never the address. */
export function createSendEmailProcessor(dependencies: SendEmailDependencies) {
  const log = dependencies.logger.child({ module: 'send-email' });

  return async (job: Job): Promise<SendEmailOutcome['outcome']> => {
    const started = performance.now();
    const payload = parsePayload(job.data);
    const fields = {
      jobId: job.id,
      notice: payload.notice,
      resultId: payload.resultId,
      attempt: job.attemptsMade + 1,
    };

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
      log.warn({ event: 'mail.failed', ...fields, err: error }, 'E-mail notice failed');
      throw error;
    }
  };
}
