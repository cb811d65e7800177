import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { addDaysToDateOnly, displayDateOnly, type Gate } from '@smartgate/shared-models';

import { dateToDateOnly } from '../../../shared/dates/date-only';
import type { ControlIssue } from '../../../shared/forms/form-issues';

/** The submission window of the chosen gate, as the API will check it at submission. */
export interface CrossingWindow {
  /** The latest planned crossing date that can be submitted today, as `YYYY-MM-DD`. */
  latest: string;
  daysBefore: number;
}

/** Returns the chosen gate's window as seen from today, or null while no gate is chosen. */
export function crossingWindow(
  gates: readonly Gate[],
  gateCode: string | null,
  today: string,
): CrossingWindow | null {
  const gate = gates.find((candidate) => candidate.code === gateCode);
  if (!gate) {
    return null;
  }
  return {
    latest: addDaysToDateOnly(today, gate.submissionOpensDaysBefore),
    daysBefore: gate.submissionOpensDaysBefore,
  };
}

/**
 * Flags a planned crossing date too far ahead to be submitted today, with the dates between
 * which it could be submitted, as the API's `outsideSubmissionWindow` error does.
 */
export function crossingWindowValidator(window: () => CrossingWindow | null): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const crossing = dateToDateOnly(control.value as Date | null);
    const current = window();
    if (!crossing || !current || crossing <= current.latest) {
      return null;
    }

    const issue: ControlIssue = {
      key: 'outsideSubmissionWindow',
      params: {
        from: displayDateOnly(addDaysToDateOnly(crossing, -current.daysBefore)),
        until: displayDateOnly(crossing),
      },
    };
    return { issue };
  };
}
