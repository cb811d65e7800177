import {
  CrossingDeclaration,
  isValidDateOnly,
  todayInTimeZone,
  type CrossingDeclarationDraft,
} from '@smartgate/shared-models';
import type { Transaction } from 'sequelize';

import type { FieldIssue } from '../../lib/errors';
import { fieldIssues } from '../../lib/validation';
import { isActiveGate, isActivePurpose } from '../reference/reference.repository';
import { submissionWindowIssues } from './submission-window';

function validDate(value: string | undefined): value is string {
  return value !== undefined && isValidDateOnly(value);
}

/**
 * Runs the date checks of `CrossingDeclaration` on their own. zod skips an object's
 * refinements while any of its fields is invalid, and the applicant should see every
 * problem of an incomplete declaration at once.
 */
function dateIssues(draft: CrossingDeclarationDraft, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const crossing = draft.plannedCrossingDate;

  if (validDate(crossing) && crossing < today) {
    issues.push({ path: ['plannedCrossingDate'], code: 'dateInPast' });
  }
  draft.travellers.forEach((traveller, index) => {
    if (validDate(traveller.dateOfBirth) && traveller.dateOfBirth > today) {
      issues.push({ path: ['travellers', index, 'dateOfBirth'], code: 'dateInFuture' });
    }
    if (
      validDate(traveller.documentExpiryDate) &&
      validDate(crossing) &&
      traveller.documentExpiryDate < crossing
    ) {
      issues.push({
        path: ['travellers', index, 'documentExpiryDate'],
        code: 'documentExpiresBeforeCrossing',
      });
    }
  });
  return issues;
}

async function referenceIssues(
  draft: CrossingDeclarationDraft,
  transaction: Transaction,
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (draft.gateCode && !(await isActiveGate(draft.gateCode, transaction))) {
    issues.push({ path: ['gateCode'], code: 'unknownGate' });
  }
  if (draft.purposeCode && !(await isActivePurpose(draft.purposeCode, transaction))) {
    issues.push({ path: ['purposeCode'], code: 'unknownPurpose' });
  }
  return issues;
}

function withoutDuplicates(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path.join('.')}|${issue.code}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}

/**
 * Lists every reason a stored draft cannot be submitted: the full declaration schema, the
 * date rules against today in Asia/Ho_Chi_Minh, the gate and purpose reference data, and the
 * gate's submission window.
 * An empty list means the draft is complete.
 */
export async function findSubmissionIssues(
  draft: CrossingDeclarationDraft,
  transaction: Transaction,
): Promise<FieldIssue[]> {
  const parsed = CrossingDeclaration.safeParse(draft);
  const schemaIssues = parsed.success ? [] : fieldIssues(parsed.error.issues);
  const today = todayInTimeZone();

  return withoutDuplicates([
    ...schemaIssues,
    ...dateIssues(draft, today),
    ...(await referenceIssues(draft, transaction)),
    ...(await submissionWindowIssues(draft, transaction)),
  ]);
}
