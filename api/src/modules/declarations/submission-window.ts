import {
  addDaysToDateOnly,
  displayDateOnly,
  isValidDateOnly,
  todayInTimeZone,
  type CrossingDeclarationDraft,
} from '@smartgate/shared-models';
import type { Transaction } from 'sequelize';

import type { FieldIssue } from '../../lib/errors';
import { findActiveGateWindow } from '../reference/reference.repository';

/**
 * Checks that today, in the gate's time zone, falls in the gate's submission window: from
 * `submissionOpensDaysBefore` days before the planned crossing date until that date. A date in
 * the past is reported elsewhere as `dateInPast`, so only a date too far ahead is reported here,
 * with the dates between which this declaration could be submitted. `opensDaysBefore` replaces
 * the gate's setting, such as 0 for a filing at the counter, which is for a crossing today.
 */
export async function submissionWindowIssues(
  draft: CrossingDeclarationDraft,
  transaction: Transaction,
  now: Date = new Date(),
  opensDaysBefore?: number,
): Promise<FieldIssue[]> {
  const crossing = draft.plannedCrossingDate;
  if (!draft.gateCode || !crossing || !isValidDateOnly(crossing)) {
    return [];
  }

  const gate = await findActiveGateWindow(draft.gateCode, transaction);
  if (!gate) {
    return [];
  }

  const windowDays = opensDaysBefore ?? gate.submissionOpensDaysBefore;
  const latestCrossing = addDaysToDateOnly(todayInTimeZone(gate.timeZone, now), windowDays);
  if (crossing <= latestCrossing) {
    return [];
  }
  const from = addDaysToDateOnly(crossing, -windowDays);
  return [
    {
      path: ['plannedCrossingDate'],
      code: 'outsideSubmissionWindow',
      params: { from: displayDateOnly(from), until: displayDateOnly(crossing) },
    },
  ];
}
