import { z } from 'zod';

/** Name of the job (and of its queue) that sends one e-mail notice. */
export const SEND_EMAIL_JOB = 'send-email';

/**
 * Payload of an e-mail job: the notice and the id of the record it is about. The processor
 * looks up the address and the text when it runs, so Redis never contains personal data.
 */
export const SendEmailPayload = z.object({
  notice: z.enum(['result-revoked']),
  resultId: z.uuid(),
});
export type SendEmailPayload = z.infer<typeof SendEmailPayload>;

/** Builds the job id: one notice of a kind per record, however often the outbox delivers it. */
export function sendEmailJobId(payload: SendEmailPayload): string {
  return `${SEND_EMAIL_JOB}-${payload.notice}-${payload.resultId}`;
}
