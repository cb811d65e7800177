import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { SEARCH_MAX_LENGTH, SEARCH_MIN_LENGTH } from '@smartgate/shared-models';

/**
 * Checks search text as the API does, with the shared catalog's keys: empty is allowed (no
 * search), one character is too short, more than 100 is too long.
 */
export function searchTextValidator(control: AbstractControl<string | null>): ValidationErrors | null {
  const text = (control.value ?? '').normalize('NFC').trim();
  if (text.length > SEARCH_MAX_LENGTH) {
    return { searchTooLong: true };
  }
  if (text.length > 0 && text.length < SEARCH_MIN_LENGTH) {
    return { searchTooShort: true };
  }
  return null;
}
