import { AttachmentType } from './cargo-attachment';

/** The conditions of an attachment rule, as stored and as `GET /api/reference/attachment-rules` lists them. */
export interface AttachmentRuleConditions {
  attachmentType: AttachmentType;
  direction: string | null;
  hsChapterFrom: string | null;
  hsChapterTo: string | null;
  hsControl: string | null;
}

/** Facts of one goods line that the rules read: its HS chapter and the control of its HS code. */
export interface GoodsLineClass {
  /** The first two digits of the HS code, such as `07`. */
  chapter: string;
  /** The control of the HS code in the reference data, or null. */
  control: string | null;
}

/** Tells whether a goods line meets a rule's HS conditions: the chapter range and the control, where set. */
function lineMatches(rule: AttachmentRuleConditions, line: GoodsLineClass): boolean {
  const inRange =
    rule.hsChapterFrom === null ||
    rule.hsChapterTo === null ||
    (line.chapter >= rule.hsChapterFrom && line.chapter <= rule.hsChapterTo);
  const controlled = rule.hsControl === null || line.control === rule.hsControl;
  return inRange && controlled;
}

/** Tells whether a rule applies to a declaration of a direction with these goods lines. */
function ruleApplies(
  rule: AttachmentRuleConditions,
  direction: string | null,
  lines: readonly GoodsLineClass[],
): boolean {
  if (rule.direction !== null && rule.direction !== direction) {
    return false;
  }
  const hasHsCondition = rule.hsChapterFrom !== null || rule.hsControl !== null;
  return !hasHsCondition || lines.some((line) => lineMatches(rule, line));
}

/**
 * Returns the attachment types that the rules require for a declaration of a direction (`entry`
 * for imports, `exit` for exports) with these goods lines, in the order of `AttachmentType`.
 * A rule with an HS condition applies when at least one line meets it. A draft without a
 * direction yet is held only to the rules for both directions.
 */
export function applicableAttachmentTypes(
  rules: readonly AttachmentRuleConditions[],
  direction: string | null,
  lines: readonly GoodsLineClass[],
): AttachmentType[] {
  const required = new Set(
    rules.filter((rule) => ruleApplies(rule, direction, lines)).map((rule) => rule.attachmentType),
  );
  return AttachmentType.options.filter((type) => required.has(type));
}
