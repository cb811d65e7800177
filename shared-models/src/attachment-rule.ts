import { z } from 'zod';

import { AttachmentType } from './cargo-attachment';
import { choiceError } from './choice-error';
import { requiredText } from './text';

const HS_CHAPTER_PATTERN = /^(0[1-9]|[1-9]\d)$/;

/** A two-digit HS chapter, `01` to `99`. */
const HsChapter = z
  .string({ error: 'required' })
  .trim()
  .regex(HS_CHAPTER_PATTERN, { error: 'invalidHsChapter' });

/** The fields of an attachment rule that an administrator sets. */
const ruleFields = {
  attachmentType: AttachmentType,
  /** `entry` for imports, `exit` for exports, null for both directions. */
  direction: z.enum(['entry', 'exit'], { error: choiceError }).nullable(),
  /** First HS chapter of the goods lines the rule applies to; null with `hsChapterTo` for any goods. */
  hsChapterFrom: HsChapter.nullable(),
  /** Last HS chapter of the range, inclusive. */
  hsChapterTo: HsChapter.nullable(),
  /** `licence_required`: the rule applies when a goods line's HS code is under licence control. */
  hsControl: z.enum(['licence_required'], { error: choiceError }).nullable(),
  active: z.boolean({ error: 'required' }),
  /** Reason for the document, shown to applicants, in Vietnamese. */
  noteVi: requiredText(500),
  noteEn: requiredText(500),
};

/**
 * Tells whether a value is a valid chapter. The range check runs even when a chapter failed its
 * own check, and must then stay silent, so the field shows only the reason it is invalid.
 */
function isChapter(value: string | null): value is string {
  return value !== null && HS_CHAPTER_PATTERN.test(value);
}

/** Checks that an HS chapter range has both ends or neither, in order. */
function checkChapterRange(
  rule: { hsChapterFrom: string | null; hsChapterTo: string | null },
  context: z.RefinementCtx,
): void {
  const { hsChapterFrom: from, hsChapterTo: to } = rule;
  if ((from === null) !== (to === null)) {
    context.addIssue({
      code: 'custom',
      path: [from === null ? 'hsChapterFrom' : 'hsChapterTo'],
      message: 'required',
    });
  } else if (isChapter(from) && isChapter(to) && from > to) {
    context.addIssue({ code: 'custom', path: ['hsChapterTo'], message: 'hsChapterRangeReversed' });
  }
}

/**
 * A rule saying which attachment a cargo declaration needs. A rule applies when the
 * declaration's direction matches (or the rule has none) and, where set, a goods line falls in
 * the HS chapter range or has a controlled HS code.
 */
export const AttachmentRule = z.object({
  id: z.string(),
  ...ruleFields,
  version: z.number().int(),
});
export type AttachmentRule = z.infer<typeof AttachmentRule>;

/** Body of an administrator's new attachment rule. */
export const AttachmentRuleInput = z.strictObject(ruleFields).superRefine(checkChapterRange);
export type AttachmentRuleInput = z.infer<typeof AttachmentRuleInput>;

/** Body of an administrator's change of an attachment rule, with the version they edited. */
export const AttachmentRuleUpdate = z
  .strictObject({ ...ruleFields, version: z.number({ error: 'invalidVersion' }).int().positive() })
  .superRefine(checkChapterRange);
export type AttachmentRuleUpdate = z.infer<typeof AttachmentRuleUpdate>;
