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
import { missingPhotoIssues } from '../traveller-photos/photo-requirement-check';
import { checkDocumentRulesOf } from './document-rule-checks';
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
 * Where a declaration is submitted: by the applicant in the portal, or by an officer at the
 * gate's counter. A counter filing is for a crossing today, so its submission window is today
 * alone. It requires no portrait photos, because the officer compares the travellers with their
 * documents in person.
 */
export type SubmissionChannel = 'portal' | 'counter';

/**
 * Lists every reason a stored draft cannot be submitted: the full declaration schema, the
 * date rules against today in Asia/Ho_Chi_Minh, the gate and purpose reference data, the
 * rules of each traveller's document type, the gate's submission window, and the portrait
 * photos that the document types require. `draft` is the stored data of declaration
 * `declarationId`. Document warnings do not block the submission, so they are not listed here.
 * An empty list means the draft is complete.
 */
export async function findSubmissionIssues(
  draft: CrossingDeclarationDraft,
  transaction: Transaction,
  declarationId: string,
  channel: SubmissionChannel = 'portal',
): Promise<FieldIssue[]> {
  const parsed = CrossingDeclaration.safeParse(draft);
  const schemaIssues = parsed.success ? [] : fieldIssues(parsed.error.issues);
  const today = todayInTimeZone();

  return withoutDuplicates([
    ...schemaIssues,
    ...dateIssues(draft, today),
    ...(await referenceIssues(draft, transaction)),
    ...(await checkDocumentRulesOf(draft, transaction)).errors,
    ...(await submissionWindowIssues(draft, transaction, new Date(), channel === 'counter' ? 0 : undefined)),
    // A counter filing brings its portraits in the request; it checks them itself before storing.
    ...(channel === 'portal' ? await missingPhotoIssues(declarationId, transaction) : []),
  ]);
}
