import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, ValidationErrors } from '@angular/forms';
import { TranslateService } from '@ngx-translate/core';
import { map, startWith, switchMap } from 'rxjs';

import { LanguageService } from '../../core/i18n/language.service';
import { ControlIssue } from './form-issues';
import { TRAVELLER_LABEL_KEYS, translateIssue } from './validation-text';

// Angular and datepicker validators report their own error keys, which map to these message keys.
const VALIDATOR_ISSUES: Readonly<Record<string, string>> = {
  required: 'required',
  matDatepickerParse: 'invalidDate',
  matDatepickerMin: 'dateInPast',
  matDatepickerMax: 'dateInFuture',
  mrzMismatch: 'mrzMismatch',
};

/**
 * The message for the first error of a form control, with the field named, in the current
 * language. Place it inside `<mat-error>` or under a control that has no form field.
 */
@Component({
  selector: 'sg-field-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `{{ message() }}`,
})
export class FieldError {
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly travellerLabels = inject(TRAVELLER_LABEL_KEYS);

  /** The control whose errors to show. */
  readonly control = input.required<AbstractControl>();

  /** The control's path in the declaration or account schema, such as `['travellers', 1, 'fullName']`. */
  readonly path = input.required<readonly (string | number)[]>();

  // Errors change without any input changing, so the control's own events drive the update.
  private readonly errors = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) =>
        control.events.pipe(
          startWith(null),
          map(() => control.errors),
        ),
      ),
    ),
    { initialValue: null },
  );

  protected readonly message = computed(() => {
    // Reading the language makes the text follow a language switch.
    this.language.current();
    const issue = firstIssue(this.errors());
    return issue ? translateIssue(this.translate, issue, this.path(), this.travellerLabels) : '';
  });
}

function firstIssue(errors: ValidationErrors | null): ControlIssue | null {
  if (!errors) {
    return null;
  }

  if (errors['issue']) {
    return errors['issue'] as ControlIssue;
  }

  const validatorError = Object.keys(VALIDATOR_ISSUES).find((name) => errors[name]);
  if (validatorError) {
    return { key: VALIDATOR_ISSUES[validatorError] };
  }
  return { key: 'invalid' };
}
