import { z } from 'zod';

import { optionalText } from './text';

/** The declaration version the officer saw; a stale version gets 409 Conflict. */
export const ExpectedVersion = z
  .number({ error: 'required' })
  .int({ error: 'invalidVersion' })
  .min(1, { error: 'invalidVersion' });

/** An officer's approval of a submitted declaration. */
export const ApprovalDecision = z.object({
  version: ExpectedVersion,
});
export type ApprovalDecision = z.infer<typeof ApprovalDecision>;

/** Longest free text of a rejection reason, in characters. */
export const MAX_REJECTION_REASON_LENGTH = 1000;

/** The reason template an officer picked, by id; the API checks that it is active and of the right kind. */
export const ReasonTemplateId = z.uuid({ error: 'invalidOption' }).optional();

/**
 * An officer's rejection of a submitted declaration. The applicant reads the picked template's
 * text in their language followed by the free text; one of the two is required.
 */
export const RejectionDecision = z
  .object({
    version: ExpectedVersion,
    reason: optionalText(MAX_REJECTION_REASON_LENGTH),
    templateId: ReasonTemplateId,
  })
  .refine((decision) => decision.reason !== undefined || decision.templateId !== undefined, {
    path: ['reason'],
    error: 'required',
  });
export type RejectionDecision = z.infer<typeof RejectionDecision>;

/** The version sent with a submission, to detect edits made meanwhile in another tab. */
export const SubmissionRequest = z.object({
  version: ExpectedVersion,
});
export type SubmissionRequest = z.infer<typeof SubmissionRequest>;
