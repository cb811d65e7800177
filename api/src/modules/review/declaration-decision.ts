import type { Transaction } from 'sequelize';

import { VersionConflictError } from '../../lib/errors';
import type { OfficerPrincipal } from '../../lib/principal';
import type { DeclarationModel } from '../declarations/declarations.models';
import { advanceVersion, recordStatusChange } from '../declarations/declarations.repository';
import { createPendingResult } from '../results/results.repository';
import { recordOfficerAudit } from './audit-log.repository';
import type { OfficerRequest } from './review.service';

/** An officer's decision on a submitted declaration, with the reason the applicant reads for a rejection. */
export interface Decision {
  status: 'approved' | 'rejected';
  officer: OfficerPrincipal;
  reason?: string;
  /** The reason template that a rejection's reason starts with, if the officer picked one. */
  reasonTemplateId?: string | null;
}

/**
 * Moves a submitted declaration at `version` to the decided status and records the change in its
 * history. Another decision committed first makes the UPDATE match nothing, which is a 409.
 */
export async function recordDecision(
  declarationId: string,
  version: number,
  decision: Decision,
  transaction: Transaction,
): Promise<void> {
  const changes = {
    status: decision.status,
    decidedAt: new Date(),
    decidedBy: decision.officer.id,
    rejectionReason: decision.reason ?? null,
    rejectionTemplateId: decision.reasonTemplateId ?? null,
  };
  if (!(await advanceVersion(declarationId, { version, status: 'submitted' }, changes, transaction))) {
    throw new VersionConflictError();
  }

  const change = { from: 'submitted' as const, to: decision.status, reason: decision.reason };
  await recordStatusChange(declarationId, change, { type: 'officer', id: decision.officer.id }, transaction);
}

/**
 * Approves a submitted declaration in the caller's transaction: the decision, the pending result
 * with the outbox message that makes the worker render its PDF, and the audit row. The caller has
 * checked that the officer may decide it.
 */
export async function approveDeclaration(
  { officer, ip }: OfficerRequest,
  declaration: Pick<DeclarationModel, 'id' | 'gateCode' | 'plannedCrossingDate'>,
  version: number,
  transaction: Transaction,
): Promise<void> {
  await recordDecision(declaration.id, version, { status: 'approved', officer }, transaction);

  // A submitted declaration passed the submission checks, which require the gate and the date.
  await createPendingResult(transaction, {
    declarationId: declaration.id,
    gateCode: declaration.gateCode!,
    plannedCrossingDate: declaration.plannedCrossingDate!,
    officerId: officer.id,
  });
  await recordOfficerAudit(
    { officerId: officer.id, action: 'declaration.approved', declarationId: declaration.id, ip },
    transaction,
  );
}
