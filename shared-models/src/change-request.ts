import { z } from 'zod';

import { MAX_FIELD_PATH_LENGTH } from './declaration-field-path';
import { ExpectedVersion, ReasonTemplateId } from './officer-decision';
import { optionalText } from './text';

/** Longest general comment of a change request, in characters. */
export const MAX_CHANGE_REQUEST_COMMENT_LENGTH = 2000;

/** Longest comment on one field, in characters. */
export const MAX_FIELD_COMMENT_LENGTH = 500;

/** Most field comments in one change request: every field of 10 travellers fits with room to spare. */
export const MAX_FIELD_COMMENTS = 100;

/**
 * An officer's comment on one field: a picked template, free text, or both. The API checks
 * `field` against the known field paths (see `parseDeclarationFieldPath`) and the declaration's
 * travellers, and answers 422 naming it.
 */
export const FieldComment = z
  .object({
    field: z
      .string({ error: 'required' })
      .trim()
      .min(1, { error: 'required' })
      .max(MAX_FIELD_PATH_LENGTH, { error: 'tooLong' }),
    comment: optionalText(MAX_FIELD_COMMENT_LENGTH),
    templateId: ReasonTemplateId,
  })
  .refine((fieldComment) => fieldComment.comment !== undefined || fieldComment.templateId !== undefined, {
    path: ['comment'],
    error: 'required',
  });
export type FieldComment = z.infer<typeof FieldComment>;

/**
 * An officer's request to send a submitted declaration back to the applicant for changes:
 * a general comment (a picked template, free text, or both), comments on single fields, or both.
 */
export const ChangeRequestDecision = z
  .object({
    version: ExpectedVersion,
    comment: optionalText(MAX_CHANGE_REQUEST_COMMENT_LENGTH),
    templateId: ReasonTemplateId,
    fieldComments: z
      .array(FieldComment, { error: 'invalidType' })
      .max(MAX_FIELD_COMMENTS, { error: 'tooBig' })
      .default([]),
  })
  .refine(
    (decision) =>
      decision.comment !== undefined ||
      decision.templateId !== undefined ||
      decision.fieldComments.length > 0,
    { path: ['comment'], error: 'changeRequestEmpty' },
  );
export type ChangeRequestDecision = z.infer<typeof ChangeRequestDecision>;

/** One round of changes requested by an officer, as the applicant and officers see it. Timestamps are ISO 8601 in UTC. */
export const ChangeRequestView = z.object({
  /** 1 for the first time the declaration was sent back, 2 for the second, and so on. */
  round: z.number().int(),
  comment: z.string().nullable(),
  fieldComments: z.array(z.object({ field: z.string(), comment: z.string() })),
  requestedAt: z.string(),
  /** Full name of the officer who sent it back; officer views only, absent for the applicant. */
  requestedBy: z.string().optional(),
  /** When the applicant submitted the changed declaration; null while the round is open or after a withdrawal. */
  resubmittedAt: z.string().nullable(),
});
export type ChangeRequestView = z.infer<typeof ChangeRequestView>;
