import type { AbstractControl, FormGroup } from '@angular/forms';

import { readProblem } from '../../core/errors/problem';

/**
 * Puts the API's field errors of a failed call on the form's controls, keyed by their message key
 * as the validation pipe reads them. Returns false when the error named no field of this form,
 * so the caller shows a general message instead.
 */
export function applyServerFieldErrors(form: FormGroup, error: unknown): boolean {
  let applied = false;

  for (const fieldError of readProblem(error)?.errors ?? []) {
    const control: AbstractControl | null = form.get(fieldError.path.split('.')[0]);
    if (control) {
      control.setErrors({ [fieldError.code]: true });
      control.markAsTouched();
      applied = true;
    }
  }
  return applied;
}
