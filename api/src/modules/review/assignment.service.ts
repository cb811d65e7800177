import {
  APPROVER_ROLES,
  SUPERVISOR_ROLES,
  type AssignmentRequest,
  type AssignmentView,
  type ReleaseRequest,
} from '@smartgate/shared-models';
import type { Sequelize, Transaction } from 'sequelize';

import {
  DeclarationHeldError,
  DeclarationNotAssignedError,
  ForbiddenError,
  InvalidStatusTransitionError,
  NotFoundError,
  VersionConflictError,
} from '../../lib/errors';
import type { OfficerPrincipal } from '../../lib/principal';
import { sequelizeOf } from '../../lib/transaction-sequelize';
import { findDeclarationHold, setDeclarationHolder, type DeclarationHoldRow } from './assignment.repository';
import { recordOfficerAudit } from './audit-log.repository';
import type { OfficerRequest } from './review.service';

function isSupervisor(officer: OfficerPrincipal): boolean {
  return SUPERVISOR_ROLES.includes(officer.role);
}

function toAssignmentView(hold: DeclarationHoldRow): AssignmentView {
  return { declarationId: hold.id, status: hold.status, version: hold.version, assignment: hold.holder };
}

/**
 * Throws 409 naming the holder when the declaration is assigned to another officer. Decisions
 * call it inside their transaction, so the row stays locked and an assignment made meanwhile waits.
 * A supervisor's bulk approval calls only this check, because it decides records nobody holds
 * without assigning each one; a single decision calls `assertHeldByOfficer`.
 */
export async function assertNotHeldByAnother(
  transaction: Transaction,
  declarationId: string,
  officer: OfficerPrincipal,
): Promise<void> {
  const hold = await findDeclarationHold(sequelizeOf(transaction), declarationId, transaction);
  if (hold?.holder && hold.holder.officerId !== officer.id) {
    throw new DeclarationHeldError(hold.holder);
  }
}

/**
 * Throws 409 unless the officer holds the declaration: naming the holder when another officer
 * has it, and asking to assign it first when nobody has it. Single decisions (approve, reject,
 * request changes) call it inside their transaction, which keeps the row locked until commit.
 */
export async function assertHeldByOfficer(
  transaction: Transaction,
  declarationId: string,
  officer: OfficerPrincipal,
): Promise<void> {
  const hold = await findDeclarationHold(sequelizeOf(transaction), declarationId, transaction);
  if (hold?.holder && hold.holder.officerId !== officer.id) {
    throw new DeclarationHeldError(hold.holder);
  }
  if (!hold?.holder) {
    throw new DeclarationNotAssignedError();
  }
}

/**
 * Officers assign a submitted declaration to themselves while they review it, so two of them
 * never work on the same one, and the others see its holder. A supervisor can take it over or
 * release it.
 */
export class AssignmentService {
  constructor(private readonly sequelize: Sequelize) {}

  /** Returns the assignment of a declaration of the officer's gates. */
  async current({ officer }: OfficerRequest, id: string): Promise<AssignmentView> {
    const hold = await this.findVisible(officer, id);
    return toAssignmentView(hold);
  }

  /**
   * Assigns a submitted declaration to the officer; assigning it again is a no-op. When another
   * officer has it, only a supervisor asking `takeOver` gets it, and anyone else gets 409 naming
   * that officer. Gate officers, who do not decide, get 403.
   */
  async assign(
    { officer, ip }: OfficerRequest,
    id: string,
    request: AssignmentRequest,
  ): Promise<AssignmentView> {
    // Holding a declaration is for deciding it, which gate officers do not.
    if (!APPROVER_ROLES.includes(officer.role) || (request.takeOver && !isSupervisor(officer))) {
      throw new ForbiddenError('roleNotAllowed');
    }

    await this.sequelize.transaction(async (transaction) => {
      const hold = await this.findVisible(officer, id, transaction);
      if (hold.version !== request.version) {
        throw new VersionConflictError();
      }
      if (hold.status !== 'submitted') {
        throw new InvalidStatusTransitionError('declarationNotSubmitted');
      }
      if (hold.holder?.officerId === officer.id) {
        return;
      }
      if (hold.holder && !request.takeOver) {
        throw new DeclarationHeldError(hold.holder);
      }

      await setDeclarationHolder(transaction, id, officer.id);
      await recordOfficerAudit(
        {
          officerId: officer.id,
          action: hold.holder ? 'declaration.taken_over' : 'declaration.assigned',
          declarationId: id,
          ip,
          details: hold.holder ? { previousOfficerId: hold.holder.officerId } : undefined,
        },
        transaction,
      );
    });

    return this.current({ officer, ip }, id);
  }

  /** Frees a declaration the officer holds. A supervisor may free one that another officer holds. */
  async release(
    { officer, ip }: OfficerRequest,
    id: string,
    request: ReleaseRequest,
  ): Promise<AssignmentView> {
    await this.sequelize.transaction(async (transaction) => {
      const hold = await this.findVisible(officer, id, transaction);
      if (hold.version !== request.version) {
        throw new VersionConflictError();
      }
      if (!hold.holder) {
        return;
      }
      if (hold.holder.officerId !== officer.id && !isSupervisor(officer)) {
        throw new DeclarationHeldError(hold.holder);
      }

      await setDeclarationHolder(transaction, id, null);
      await recordOfficerAudit(
        {
          officerId: officer.id,
          action: 'declaration.released',
          declarationId: id,
          ip,
          details: { holderOfficerId: hold.holder.officerId },
        },
        transaction,
      );
    });

    return this.current({ officer, ip }, id);
  }

  /** Finds a declaration sent to one of the officer's gates; drafts and other gates read as not found. */
  private async findVisible(
    officer: OfficerPrincipal,
    id: string,
    transaction?: Transaction,
  ): Promise<DeclarationHoldRow> {
    const hold = await findDeclarationHold(this.sequelize, id, transaction);
    const sentToGate = hold !== null && hold.status !== 'draft' && hold.submittedAt !== null;
    if (!sentToGate) {
      throw new NotFoundError();
    }

    if (!hold.gateCode || !officer.gateCodes.includes(hold.gateCode)) {
      throw new NotFoundError();
    }
    return hold;
  }
}
