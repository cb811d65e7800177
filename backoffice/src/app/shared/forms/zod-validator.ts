import type { ValidatorFn } from '@angular/forms';
import { issueMessageKey } from '@smartgate/shared-models';
import type { z } from 'zod';

/**
 * Validates a form control with a shared schema, so the form accepts exactly what the API accepts.
 * The error is keyed by the shared message key (for example `{ required: true }`).
 */
export function zodValidator(schema: z.ZodType): ValidatorFn {
  return (control) => {
    const result = schema.safeParse(control.value);
    if (result.success) {
      return null;
    }

    return { [issueMessageKey(result.error.issues[0])]: true };
  };
}
