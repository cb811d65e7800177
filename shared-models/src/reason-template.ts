import { z } from 'zod';

import { ExpectedVersion } from './officer-decision';
import { requiredText } from './text';

/** Use of a reason template: a rejection, or a request to change a declaration. */
export const REASON_KINDS = ['rejection', 'change_request'] as const;
export const ReasonKind = z.enum(REASON_KINDS, { error: 'invalidOption' });
export type ReasonKind = z.infer<typeof ReasonKind>;

/** Maximum length of a reason template in each language, in characters. */
export const MAX_REASON_TEMPLATE_LENGTH = 300;

/** Most templates of one kind, so the decision dialogs stay a short list. */
export const MAX_REASON_TEMPLATES_PER_KIND = 100;

/** A standard reason that officers pick in the reject and send-back dialogs, in Vietnamese and English. */
export const ReasonTemplate = z.object({
  id: z.uuid(),
  reasonKind: ReasonKind,
  textVi: z.string(),
  textEn: z.string(),
  /** Inactive templates stay for the records that cite them but are no longer offered. */
  active: z.boolean(),
  /** Position in the dialogs' lists, from 1. */
  sortOrder: z.number().int(),
  version: z.number().int(),
});
export type ReasonTemplate = z.infer<typeof ReasonTemplate>;

/** An administrator's new reason template, which goes to the end of its kind's list. */
export const ReasonTemplateCreation = z.object({
  reasonKind: ReasonKind,
  textVi: requiredText(MAX_REASON_TEMPLATE_LENGTH),
  textEn: requiredText(MAX_REASON_TEMPLATE_LENGTH),
});
export type ReasonTemplateCreation = z.infer<typeof ReasonTemplateCreation>;

/** An administrator's change to a reason template's texts or whether it is offered. */
export const ReasonTemplateUpdate = z.object({
  version: ExpectedVersion,
  textVi: requiredText(MAX_REASON_TEMPLATE_LENGTH),
  textEn: requiredText(MAX_REASON_TEMPLATE_LENGTH),
  active: z.boolean({ error: 'invalidType' }),
});
export type ReasonTemplateUpdate = z.infer<typeof ReasonTemplateUpdate>;

/** A template in a new order, at the version the administrator saw. */
export const OrderedReasonTemplate = z.object({
  id: z.uuid({ error: 'invalid' }),
  version: ExpectedVersion,
});
export type OrderedReasonTemplate = z.infer<typeof OrderedReasonTemplate>;

/**
 * The new order of every template of one kind, first to last. Each template carries the version
 * the administrator saw, so an order made from a stale list is refused.
 */
export const ReasonTemplateOrder = z.object({
  reasonKind: ReasonKind,
  templates: z
    .array(OrderedReasonTemplate, { error: 'invalidType' })
    .min(1, { error: 'required' })
    .max(MAX_REASON_TEMPLATES_PER_KIND, { error: 'tooBig' }),
});
export type ReasonTemplateOrder = z.infer<typeof ReasonTemplateOrder>;

/** The query of the officers' template list: one kind, active templates only. */
export const ReasonTemplateQuery = z.object({
  reasonKind: ReasonKind,
});
export type ReasonTemplateQuery = z.infer<typeof ReasonTemplateQuery>;
