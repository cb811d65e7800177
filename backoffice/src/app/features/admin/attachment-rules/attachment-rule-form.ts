import { FormControl, FormGroup } from '@angular/forms';
import { AttachmentType, type AttachmentRule } from '@smartgate/shared-models';

export const ATTACHMENT_TYPES: readonly AttachmentType[] = AttachmentType.options;

/**
 * The direction choices of the form. A select cannot hold null as a value (Material treats such
 * an option as clearing the selection), so `any` stands for a rule of both directions.
 */
export const RULE_DIRECTIONS = ['any', 'entry', 'exit'] as const;
export type RuleDirectionChoice = (typeof RULE_DIRECTIONS)[number];

/** The HS control choices of the form, with `none` for a rule that ignores controls. */
export const RULE_HS_CONTROLS = ['none', 'licence_required'] as const;
export type RuleHsControlChoice = (typeof RULE_HS_CONTROLS)[number];

/** The add and edit form of an attachment rule. HS chapters are typed as text, blank for any goods. */
export type AttachmentRuleForm = FormGroup<{
  attachmentType: FormControl<AttachmentType>;
  direction: FormControl<RuleDirectionChoice>;
  hsChapterFrom: FormControl<string>;
  hsChapterTo: FormControl<string>;
  hsControl: FormControl<RuleHsControlChoice>;
  active: FormControl<boolean>;
  noteVi: FormControl<string>;
  noteEn: FormControl<string>;
}>;

/** Returns the form values of a rule, or of a new active rule for both directions and any goods. */
function formValues(rule: AttachmentRule | undefined): ReturnType<AttachmentRuleForm['getRawValue']> {
  return {
    attachmentType: rule?.attachmentType ?? 'other',
    direction: rule?.direction ?? 'any',
    hsChapterFrom: rule?.hsChapterFrom ?? '',
    hsChapterTo: rule?.hsChapterTo ?? '',
    hsControl: rule?.hsControl ?? 'none',
    active: rule?.active ?? true,
    noteVi: rule?.noteVi ?? '',
    noteEn: rule?.noteEn ?? '',
  };
}

/** Builds the form filled with a rule, or empty for a new rule. */
export function createRuleForm(rule?: AttachmentRule): AttachmentRuleForm {
  const values = formValues(rule);
  return new FormGroup({
    attachmentType: new FormControl(values.attachmentType, { nonNullable: true }),
    direction: new FormControl(values.direction, { nonNullable: true }),
    hsChapterFrom: new FormControl(values.hsChapterFrom, { nonNullable: true }),
    hsChapterTo: new FormControl(values.hsChapterTo, { nonNullable: true }),
    hsControl: new FormControl(values.hsControl, { nonNullable: true }),
    active: new FormControl(values.active, { nonNullable: true }),
    noteVi: new FormControl(values.noteVi, { nonNullable: true }),
    noteEn: new FormControl(values.noteEn, { nonNullable: true }),
  });
}

/** Fills the form again with a rule's current values, such as after a version conflict. */
export function resetRuleForm(form: AttachmentRuleForm, rule: AttachmentRule): void {
  form.reset(formValues(rule));
}

/** Reads a chapter field: blank means none, and a single digit such as `7` means chapter `07`. */
function chapterInput(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') {
    return null;
  }
  return /^[1-9]$/.test(trimmed) ? `0${trimmed}` : trimmed;
}

/**
 * Reads the form as input for the `AttachmentRuleInput` schema, which reports what is invalid.
 * Other text in a chapter field is kept for the schema to report.
 */
export function ruleFormInput(form: AttachmentRuleForm): Record<string, unknown> {
  const value = form.getRawValue();

  return {
    attachmentType: value.attachmentType,
    direction: value.direction === 'any' ? null : value.direction,
    hsChapterFrom: chapterInput(value.hsChapterFrom),
    hsChapterTo: chapterInput(value.hsChapterTo),
    hsControl: value.hsControl === 'none' ? null : value.hsControl,
    active: value.active,
    noteVi: value.noteVi,
    noteEn: value.noteEn,
  };
}
