import { z } from 'zod';

/**
 * A finding on one field that does not block the submission, such as a passport that expires
 * soon after the crossing. `code` is a validation message key, and `params` fill its placeholders
 * other than the field, so each app renders it in its own language.
 */
export const FieldWarning = z.object({
  path: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.string()).optional(),
});
export type FieldWarning = z.infer<typeof FieldWarning>;
