import { HttpErrorResponse } from '@angular/common/http';
import type { AbstractControl } from '@angular/forms';
import type { DeclarationView } from '@smartgate/shared-models';

import type { SavableDraft } from './savable-draft';

/** How long to wait after the traveller's last change before saving. */
export const AUTOSAVE_DELAY_MS = 1500;

/** Waits between attempts after a failed save: doubling from the first, up to the last. */
export const RETRY_DELAYS_MS: readonly number[] = [2000, 4000, 8000, 16_000, 30_000, 60_000];

/** Status of the autosave, as the status line shows it. */
export type AutosaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  /** `partial`: fields with errors were left out of the save. */
  | { kind: 'saved'; at: string; partial: boolean }
  /** Not saved because the API could not be reached (`offline`) or failed; another attempt is scheduled. */
  | { kind: 'retrying'; offline: boolean }
  /**
   * Someone saved a newer version elsewhere; nothing is saved until the traveller decides.
   * `current` is that version when the API sent it with the 409.
   */
  | { kind: 'conflict'; current?: DeclarationView }
  /** The declaration can no longer be edited, such as after it was submitted in another tab. */
  | { kind: 'locked' }
  /** The API rejected the draft; saving resumes with the next change. */
  | { kind: 'failed'; messageKey: string };

/** The form being saved, and callbacks through which the autosave reads it and reports each stored version. */
export interface AutosaveSource {
  /**
   * The form whose changes start a save. Only the traveller's own edits count, so changes while
   * it is pristine, such as filling it from the stored draft, do not.
   */
  form: AbstractControl;
  /** Reads the form as a draft the API accepts, or null when nothing can be saved yet. */
  read(): SavableDraft<object> | null;
  /** Called with the API's view after every successful save. */
  saved(view: DeclarationView): void;
}

/** Checks whether a failure may pass on its own: no connection, a timeout, rate limiting or a server error. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof HttpErrorResponse)) {
    return false;
  }
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

/** Checks whether a request failed because the API could not be reached at all. */
export function isOffline(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === 0;
}
