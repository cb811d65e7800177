import type { Transaction } from 'sequelize';

import { ValidationError, VersionConflictError } from '../../lib/errors';
import { countGoodsLines } from '../cargo-declarations/goods-lines.repository';
import type { DeclarationModel } from '../declarations/declarations.models';
import { advanceVersion, recordStatusChange } from '../declarations/declarations.repository';
import { enqueueChangesRequestedNotice } from '../notifications/notice-queue';
import { recordOfficerAudit } from '../review/audit-log.repository';
import type { ComposedChangeRequest } from '../reason-templates/decision-reasons';
import type { OfficerRequest } from '../review/review.service';
import { insertChangeRequest } from './change-requests.repository';
import { findFieldCommentIssues } from './field-comment-check';

/**
 * Sends a submitted declaration back to its applicant in the caller's transaction: the status
 * change, the new round with its field comments, the declaration event, the audit row and the
 * outbox row of the e-mail. The caller has found the declaration submitted at `decision.version`
 * and joined the picked templates' texts into the comments.
 * When another officer decides at the same time, only one UPDATE matches and this one gets 409.
 */
export async function sendBackForChanges(
  { officer, ip }: OfficerRequest,
  declaration: DeclarationModel,
  decision: ComposedChangeRequest,
  transaction: Transaction,
): Promise<void> {
  const goodsLineCount = await countGoodsLines(declaration.id, transaction);
  const issues = findFieldCommentIssues(decision.fieldComments, declaration.travellers?.length ?? 0, {
    kind: declaration.kind,
    goodsLineCount,
  });
  if (issues.length > 0) {
    throw new ValidationError(issues, 422, 'invalidRequest');
  }

  const expected = { version: decision.version, status: 'submitted' as const };
  if (!(await advanceVersion(declaration.id, expected, { status: 'changes_requested' }, transaction))) {
    throw new VersionConflictError();
  }

  const round = await insertChangeRequest(
    {
      declarationId: declaration.id,
      officerId: officer.id,
      comment: decision.comment ?? null,
      reasonTemplateId: decision.reasonTemplateId,
      fieldComments: decision.fieldComments,
    },
    transaction,
  );
  await recordStatusChange(
    declaration.id,
    { from: 'submitted', to: 'changes_requested', reason: decision.comment },
    { type: 'officer', id: officer.id },
    transaction,
  );
  // The comments may quote personal data, so the audit row keeps the round and the field paths only.
  await recordOfficerAudit(
    {
      officerId: officer.id,
      action: 'declaration.changes_requested',
      declarationId: declaration.id,
      ip,
      details: { round, fields: decision.fieldComments.map((fieldComment) => fieldComment.field) },
    },
    transaction,
  );
  await enqueueChangesRequestedNotice(transaction, declaration.id);
}
