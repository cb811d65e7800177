import { z } from 'zod';

/** Name of the job (and of its queue) that sends one e-mail notice. */
export const SEND_EMAIL_JOB = 'send-email';

/** Notices about a result: its issue (with the PDF attached) and its revocation. */
const ResultNoticePayload = z.object({
  notice: z.enum(['result-issued', 'result-revoked']),
  resultId: z.uuid(),
});

/**
 * Notices about a step of a declaration. `version` is the declaration's version after that
 * step: a declaration can be submitted and sent back several times, and each round is a
 * notice of its own.
 */
const DeclarationNoticePayload = z.object({
  notice: z.enum(['declaration-submitted', 'changes-requested', 'declaration-rejected']),
  declarationId: z.uuid(),
  version: z.number().int().positive(),
});

/** The invitation of a person to a business; the e-mail carries the invitation's only token. */
const InvitationNoticePayload = z.object({
  notice: z.literal('business-invitation'),
  invitationId: z.uuid(),
});

/**
 * Payload of an e-mail job: the notice and the ids of the record it is about. The processor
 * looks up the address and the text when it runs, so Redis never contains personal data.
 */
export const SendEmailPayload = z.union([
  ResultNoticePayload,
  DeclarationNoticePayload,
  InvitationNoticePayload,
]);
export type SendEmailPayload = z.infer<typeof SendEmailPayload>;

/** Kind of an e-mail notice, such as `declaration-submitted`. */
export type NoticeKind = SendEmailPayload['notice'];

/** Builds the job id: one notice of a kind per record and round, however often the outbox delivers it. */
export function sendEmailJobId(payload: SendEmailPayload): string {
  if ('invitationId' in payload) {
    return `${SEND_EMAIL_JOB}-${payload.notice}-${payload.invitationId}`;
  }
  return 'resultId' in payload
    ? `${SEND_EMAIL_JOB}-${payload.notice}-${payload.resultId}`
    : `${SEND_EMAIL_JOB}-${payload.notice}-${payload.declarationId}-v${payload.version}`;
}
