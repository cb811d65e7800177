import type Mail from 'nodemailer/lib/mailer';
import type { Sequelize } from 'sequelize';

import type { SendEmailPayload } from '../../jobs/send-email/send-email.job';
import type { Config } from '../../lib/config';
import { findLatestChangeRequest } from './change-request-notice.repository';
import { businessInvitationNotice } from './business-invitation-notice';
import { issueInvitationToken } from './business-invitation-notice.repository';
import { changesRequestedNotice } from './changes-requested-notice';
import type { CargoNoticeFacts } from './cargo-notice.repository';
import { findDeclarationNotice, type DeclarationNoticeData } from './declaration-notice.repository';
import { noticeAddresses, type NoticeAddresses } from './notice-addresses';
import { rejectionNotice } from './rejection-notice';
import { resultIssuedNotice } from './result-issued-notice';
import { findResultIssuedNotice } from './result-issued-notice.repository';
import { resultPdfAttachment } from './result-pdf-attachment';
import { revocationNotice } from './revocation-notice';
import { findRevocationNotice } from './revocation-notice.repository';
import { submissionNotice } from './submission-notice';

/** A notice that cannot be written, because its record is missing or no longer in the state it reports. */
export class NoticeUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoticeUnavailableError';
  }
}

/** Services and settings that composing a notice reads. */
export interface NoticeMailDependencies {
  sequelize: Sequelize;
  config: Pick<Config, 'publicBaseUrl' | 'dataDir'>;
}

type ResultPayload = Extract<SendEmailPayload, { resultId: string }>;
type InvitationPayload = Extract<SendEmailPayload, { invitationId: string }>;
type DeclarationPayload = Extract<SendEmailPayload, { declarationId: string }>;

/** Picks the notice's addresses. Without any, the notice is unavailable, which the check at enqueue time normally rules out. */
function addressesOf(
  recipientEmail: string | null,
  cargo: CargoNoticeFacts | null,
  record: string,
): NoticeAddresses {
  const addresses = noticeAddresses(recipientEmail, cargo);
  if (!addresses) {
    throw new NoticeUnavailableError(`${record} has no e-mail address to send the notice to`);
  }
  return addresses;
}

async function resultMail(
  dependencies: NoticeMailDependencies,
  payload: ResultPayload,
): Promise<Mail.Options> {
  const { sequelize, config } = dependencies;

  if (payload.notice === 'result-revoked') {
    const notice = await findRevocationNotice(sequelize, payload.resultId);
    if (!notice) {
      throw new NoticeUnavailableError(`Result ${payload.resultId} does not exist or is not revoked`);
    }
    const addresses = addressesOf(notice.email, notice.cargo, `Result ${payload.resultId}`);
    return { ...addresses, ...revocationNotice(notice, config.publicBaseUrl) };
  }

  const notice = await findResultIssuedNotice(sequelize, payload.resultId);
  if (!notice) {
    throw new NoticeUnavailableError(`Result ${payload.resultId} does not exist or is not issued`);
  }
  const attachment = await resultPdfAttachment(config.dataDir, notice);
  return {
    ...addressesOf(notice.recipient.email, notice.cargo, `Result ${payload.resultId}`),
    ...resultIssuedNotice(notice, config.publicBaseUrl),
    attachments: [attachment],
  };
}

async function declarationContent(
  dependencies: NoticeMailDependencies,
  payload: DeclarationPayload,
  notice: DeclarationNoticeData,
) {
  const { sequelize, config } = dependencies;

  switch (payload.notice) {
    case 'declaration-submitted':
      return submissionNotice(notice, config.publicBaseUrl);

    case 'changes-requested': {
      const changes = await findLatestChangeRequest(sequelize, payload.declarationId);
      if (!changes) {
        throw new NoticeUnavailableError(`Declaration ${payload.declarationId} has no change request`);
      }
      return changesRequestedNotice(notice, changes, config.publicBaseUrl);
    }

    case 'declaration-rejected': {
      const { decidedAt, rejectionReason } = notice;
      if (notice.status !== 'rejected' || !decidedAt || !rejectionReason) {
        throw new NoticeUnavailableError(`Declaration ${payload.declarationId} is not rejected`);
      }
      return rejectionNotice({ ...notice, decidedAt, rejectionReason }, config.publicBaseUrl);
    }
  }
}

async function declarationMail(
  dependencies: NoticeMailDependencies,
  payload: DeclarationPayload,
): Promise<Mail.Options> {
  const notice = await findDeclarationNotice(dependencies.sequelize, payload.declarationId);
  if (!notice) {
    throw new NoticeUnavailableError(
      `Declaration ${payload.declarationId} does not exist or was never submitted`,
    );
  }
  const addresses = addressesOf(notice.recipient.email, notice.cargo, `Declaration ${payload.declarationId}`);
  return { ...addresses, ...(await declarationContent(dependencies, payload, notice)) };
}

/**
 * Composes an invitation to a business. Each composition issues a new token and stores its hash,
 * so the link of the latest e-mail is the one that works, and the token exists only in the e-mail.
 */
async function invitationMail(
  dependencies: NoticeMailDependencies,
  payload: InvitationPayload,
): Promise<Mail.Options> {
  const notice = await issueInvitationToken(dependencies.sequelize, payload.invitationId);
  if (!notice) {
    throw new NoticeUnavailableError(
      `Invitation ${payload.invitationId} does not exist or is no longer open`,
    );
  }
  return { to: notice.email, ...businessInvitationNotice(notice, dependencies.config.publicBaseUrl) };
}

/**
 * Composes the e-mail of a notice job from the records it names: recipient, subject, text in
 * the applicant's language and, for an issued result, the PDF read from storage. Throws
 * `NoticeUnavailableError` when the record is missing or not in the state the notice reports.
 */
export async function composeNoticeMail(
  dependencies: NoticeMailDependencies,
  payload: SendEmailPayload,
): Promise<Mail.Options> {
  if ('invitationId' in payload) {
    return invitationMail(dependencies, payload);
  }
  return 'resultId' in payload ? resultMail(dependencies, payload) : declarationMail(dependencies, payload);
}
