import {
  applicableAttachmentTypes,
  type AttachmentRule,
  type AttachmentType,
  type GoodsLineClass,
} from '@smartgate/shared-models';

/** A document type that the rules require, with the reason of each rule that requires it. */
export interface DocumentRequirement {
  type: AttachmentType;
  notes: string[];
}

/**
 * Applies the active attachment rules, with the API's matching, to the direction and the goods
 * lines typed so far: an import of dried cassava (chapter 07) needs a phytosanitary certificate.
 */
export function documentRequirements(
  rules: readonly AttachmentRule[],
  direction: string | null,
  lines: readonly GoodsLineClass[],
  language: string,
): DocumentRequirement[] {
  const applying = rules.filter(
    (rule) => rule.active && applicableAttachmentTypes([rule], direction, lines).length > 0,
  );
  return applicableAttachmentTypes(applying, direction, lines).map((type) => ({
    type,
    notes: applying
      .filter((rule) => rule.attachmentType === type)
      .map((rule) => (language === 'vi' ? rule.noteVi : rule.noteEn)),
  }));
}
