import { z } from 'zod';

import { choiceError } from './choice-error';

/** A control as an administrator sets it: prohibited, licence required, or null for none. */
const ControlChoice = z.enum(['prohibited', 'licence_required'], { error: choiceError }).nullable();

/**
 * Body of an administrator's change of an HS code's control. The code has no version of its
 * own, so the change names the control the administrator saw, and the API rejects it with 409
 * when another administrator changed the control since.
 */
export const HsCodeControlUpdate = z.strictObject({
  hsControl: ControlChoice,
  /** The control shown when the administrator chose the change. */
  expectedHsControl: ControlChoice,
});
export type HsCodeControlUpdate = z.infer<typeof HsCodeControlUpdate>;

/** Query of the administrator's HS code list: search text, or `controlled=true` for every controlled code. */
export const HsCodeAdminQuery = z.object({
  q: z.string({ error: 'invalidType' }).trim().max(100, { error: 'searchTooLong' }).optional(),
  controlled: z.enum(['true', 'false'], { error: 'invalidOption' }).optional(),
});
export type HsCodeAdminQuery = z.infer<typeof HsCodeAdminQuery>;
