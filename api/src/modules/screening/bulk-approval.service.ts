import type {
  BulkApprovalItemResult,
  BulkApprovalRequest,
  BulkApprovalResult,
  ScreeningFlagKind,
} from '@smartgate/shared-models';
import type { Sequelize, Transaction } from 'sequelize';

import { DeclarationHeldError, VersionConflictError } from '../../lib/errors';
import type { OfficerPrincipal } from '../../lib/principal';
import { DeclarationModel } from '../declarations/declarations.models';
import { findDeclarationHold, type DeclarationHoldRow } from '../review/assignment.repository';
import { recordOfficerAudit } from '../review/audit-log.repository';
import { approveDeclaration } from '../review/declaration-decision';
import type { OfficerRequest } from '../review/review.service';
import { flagKindsOf, screenDeclarations } from './screening';

type ItemOutcome = Omit<BulkApprovalItemResult, 'id'>;

function refused(outcome: ItemOutcome['outcome'], flagKinds: ScreeningFlagKind[] = []): ItemOutcome {
  return { outcome, version: null, referenceCode: null, flagKinds };
}

/** Tells whether the officer may see the declaration at all: sent to one of their gates. */
function isVisible(hold: DeclarationHoldRow | null, officer: OfficerPrincipal): hold is DeclarationHoldRow {
  return (
    hold !== null &&
    hold.status !== 'draft' &&
    hold.submittedAt !== null &&
    hold.gateCode !== null &&
    officer.gateCodes.includes(hold.gateCode)
  );
}

/**
 * A supervisor's approval of several declarations that screening passed cleanly. Each one is
 * approved in a transaction of its own under the rules of a single approval (gate, status,
 * version, result and outbox rows, audit row), so one refusal leaves the others approved.
 */
export class BulkApprovalService {
  constructor(private readonly sequelize: Sequelize) {}

  /** Approves each listed declaration or reports why not, in the order of the request, and audits the whole. */
  async approve(request: OfficerRequest, bulk: BulkApprovalRequest): Promise<BulkApprovalResult> {
    const results: BulkApprovalItemResult[] = [];
    for (const item of bulk.items) {
      results.push({ id: item.id, ...(await this.approveOne(request, item.id, item.version)) });
    }

    const approved = results.filter((result) => result.outcome === 'approved').length;
    await recordOfficerAudit({
      officerId: request.officer.id,
      action: 'declaration.bulk_approval',
      ip: request.ip,
      details: { outcomes: results.map(({ id, outcome }) => ({ id, outcome })) },
    });
    return { approved, refused: results.length - approved, results };
  }

  private async approveOne(request: OfficerRequest, id: string, version: number): Promise<ItemOutcome> {
    try {
      return await this.sequelize.transaction((transaction) =>
        this.decide(request, id, version, transaction),
      );
    } catch (error) {
      if (error instanceof VersionConflictError) {
        return refused('conflict');
      }
      if (error instanceof DeclarationHeldError) {
        return refused('held');
      }
      throw error;
    }
  }

  /**
   * Locks the declaration row, checks it as a single approval does and screens it inside the
   * same transaction, so neither the record nor its decision can change between the screening
   * and the approval. A stale version is reported before the status, since the record changed.
   */
  private async decide(
    request: OfficerRequest,
    id: string,
    version: number,
    transaction: Transaction,
  ): Promise<ItemOutcome> {
    const hold = await findDeclarationHold(this.sequelize, id, transaction);
    if (!isVisible(hold, request.officer)) {
      return refused('not_found');
    }
    if (hold.version !== version) {
      return refused('conflict');
    }
    if (hold.status !== 'submitted') {
      return refused('not_submitted');
    }
    if (hold.holder && hold.holder.officerId !== request.officer.id) {
      return refused('held');
    }

    const screening = (await screenDeclarations(this.sequelize, [id], transaction)).get(id)!;
    if (!screening.clean) {
      return refused('flagged', flagKindsOf(screening));
    }

    const declaration = await DeclarationModel.findByPk(id, {
      attributes: ['id', 'gateCode', 'plannedCrossingDate', 'referenceCode'],
      transaction,
    });
    await approveDeclaration(request, declaration!, version, transaction);
    return {
      outcome: 'approved',
      version: version + 1,
      referenceCode: declaration!.referenceCode,
      flagKinds: [],
    };
  }
}
