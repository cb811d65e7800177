import { z } from 'zod';

import { requiredText } from './text';

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

/** An officer's rejection of a submitted declaration, with the reason the applicant will read. */
export const RejectionDecision = z.object({
  version: ExpectedVersion,
  reason: requiredText(1000),
});
export type RejectionDecision = z.infer<typeof RejectionDecision>;

/** The version sent with a submission, to detect edits made meanwhile in another tab. */
export const SubmissionRequest = z.object({
  version: ExpectedVersion,
});
export type SubmissionRequest = z.infer<typeof SubmissionRequest>;
