import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { checkTaxCode } from '@smartgate/shared-models';

/**
 * Checks a typed tax code with the shared rule (check digit, branch hyphen, household ID), so
 * a mistyped digit shows as soon as the officer leaves the field. A blank code is left to the
 * submission's check, which reports it as required.
 */
export function taxCodeValidator(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value.trim();
  if (value === '') {
    return null;
  }
  const checked = checkTaxCode(value);
  return 'issue' in checked ? { [checked.issue]: true } : null;
}
