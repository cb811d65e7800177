import { AbstractControl, FormArray, FormControl, FormGroup } from '@angular/forms';
import { FieldError, issueMessageKey } from '@smartgate/shared-models';
import type { z } from 'zod';

/** The error a schema or the API put on a form control, stored under the `issue` error key. */
export interface ControlIssue {
  /** A validation message key such as `required` (see VALIDATION_MESSAGE_KEYS). */
  key: string;
  /** The API's already-translated message, shown when the key has no translation. */
  serverMessage?: string;
  /** Values of the message's placeholders other than the field, such as `from` and `until`. */
  params?: Readonly<Record<string, string>>;
}

/** A validation issue that no single field displays, such as "too many travellers". */
export interface FormIssue {
  path: readonly (string | number)[];
  key: string;
  serverMessage?: string;
  params?: Readonly<Record<string, string>>;
}

/**
 * Removes errors set by earlier `applySchemaIssues` or `applyFieldErrors` calls. It re-runs
 * each control's validators, which replaces its errors with what the validators alone report.
 */
export function clearIssues(control: AbstractControl): void {
  if (control instanceof FormGroup || control instanceof FormArray) {
    Object.values(control.controls).forEach((child: AbstractControl) => clearIssues(child));
  }
  control.updateValueAndValidity({ onlySelf: true });
}

/**
 * Puts each zod issue on the form control at its path and marks that control touched, so
 * Material shows the error. Returns the issues whose path names no single field.
 */
export function applySchemaIssues(form: AbstractControl, issues: readonly z.core.$ZodIssue[]): FormIssue[] {
  const unplaced: FormIssue[] = [];

  for (const issue of issues) {
    const path = issue.path.filter((segment) => typeof segment !== 'symbol');
    const key = issueMessageKey(issue);
    if (!placeIssue(form, path, { key })) {
      unplaced.push({ path, key });
    }
  }

  return unplaced;
}

/**
 * Puts the per-field errors of an API problem (paths such as `travellers.1.fullName`) on the
 * matching controls. Returns the errors whose path names no single field.
 */
export function applyFieldErrors(form: AbstractControl, errors: readonly FieldError[]): FormIssue[] {
  const unplaced: FormIssue[] = [];

  for (const error of errors) {
    const path = parseFieldPath(error.path);
    const issue: ControlIssue = {
      key: error.code,
      serverMessage: error.message,
      ...(error.params ? { params: error.params } : {}),
    };
    if (!placeIssue(form, path, issue)) {
      unplaced.push({ path, ...issue });
    }
  }

  return unplaced;
}

/** Splits `travellers.1.fullName` into `['travellers', 1, 'fullName']`. */
export function parseFieldPath(path: string): (string | number)[] {
  if (path === '') {
    return [];
  }
  return path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function placeIssue(form: AbstractControl, path: readonly (string | number)[], issue: ControlIssue): boolean {
  const control = path.length > 0 ? form.get(path as (string | number)[]) : null;
  if (!(control instanceof FormControl)) {
    return false;
  }

  // The first issue of a field is the one to fix first, so later ones must not replace it.
  if (!control.hasError('issue')) {
    control.setErrors({ ...control.errors, issue });
  }
  control.markAsTouched();
  return true;
}
