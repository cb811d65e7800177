import type { CrossingDeclarationDraft } from '@smartgate/shared-models';

import { ValidationError, type FieldIssue } from '../../lib/errors';
import { gateExists, purposeExists } from '../reference/reference.repository';

/**
 * Rejects a draft naming a gate or purpose that does not exist, with 400. Whether they still
 * accept declarations is checked again at submission.
 */
export async function assertDraftReferencesExist(draft: CrossingDeclarationDraft): Promise<void> {
  const issues: FieldIssue[] = [];
  if (draft.gateCode && !(await gateExists(draft.gateCode))) {
    issues.push({ path: ['gateCode'], code: 'unknownGate' });
  }
  if (draft.purposeCode && !(await purposeExists(draft.purposeCode))) {
    issues.push({ path: ['purposeCode'], code: 'unknownPurpose' });
  }

  if (issues.length > 0) {
    throw new ValidationError(issues);
  }
}
