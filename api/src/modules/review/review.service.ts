import type { DeclarationSummary, DeclarationView, Page, RejectionDecision } from '@smartgate/shared-models';
import { Op, type Sequelize, type Transaction } from 'sequelize';

import { InvalidStatusTransitionError, NotFoundError, VersionConflictError } from '../../lib/errors';
import type { OfficerPrincipal } from '../../lib/principal';
import { listDeclarations } from '../declarations/declaration-lists.repository';
import { toDeclarationView, toSummaryPage } from '../declarations/declaration-views';
import type { DeclarationModel } from '../declarations/declarations.models';
import { advanceVersion, findDeclaration, recordStatusChange } from '../declarations/declarations.repository';
import { createPendingResult, findResultViews } from '../results/results.repository';
import { recordOfficerAudit } from './audit-log.repository';
import type { ReviewQueueQuery } from './review.schemas';

/** The officer and client address of a request, for the audit trail. */
export interface OfficerRequest {
  officer: OfficerPrincipal;
  ip: string | undefined;
}

/** The officer's side of declarations. Drafts stay invisible to officers: they read as not found. */
export class ReviewService {
  constructor(private readonly sequelize: Sequelize) {}

  /**
   * Lists declarations in one status, oldest submission first, so the queue is worked in order.
   * The list shows lead travellers' names, so each request is audited with its filter and the
   * ids of the declarations shown.
   */
  async list({ officer, ip }: OfficerRequest, query: ReviewQueueQuery): Promise<Page<DeclarationSummary>> {
    const list = await listDeclarations(
      { status: query.status },
      [
        ['submittedAt', 'ASC'],
        ['id', 'ASC'],
      ],
      query,
    );

    const results = await findResultViews(
      this.sequelize,
      list.declarations.map((declaration) => declaration.id),
    );
    const page = toSummaryPage(list, results, query);

    await recordOfficerAudit({
      officerId: officer.id,
      action: 'declaration.list.viewed',
      ip,
      details: {
        filter: { status: query.status, page: query.page, pageSize: query.pageSize },
        count: page.items.length,
        total: page.total,
        declarationIds: page.items.map((item) => item.id),
      },
    });
    return page;
  }

  /** Shows one declaration and records the view in the audit log. */
  async view({ officer, ip }: OfficerRequest, id: string): Promise<DeclarationView> {
    const declaration = await this.findReviewable(id);

    await recordOfficerAudit({ officerId: officer.id, action: 'declaration.viewed', declarationId: id, ip });
    return this.toView(declaration);
  }

  /**
   * Approves a submitted declaration and creates its pending result in the same transaction.
   * When two officers decide at once, the row lock lets one UPDATE match and the other gets 409.
   */
  async approve({ officer, ip }: OfficerRequest, id: string, version: number): Promise<DeclarationView> {
    await this.sequelize.transaction(async (transaction) => {
      const declaration = await this.findDecidable(id, version, transaction);
      await this.decide(declaration, version, { status: 'approved', officer }, transaction);

      await createPendingResult(transaction, {
        declarationId: id,
        gateCode: declaration.gateCode!,
        plannedCrossingDate: declaration.plannedCrossingDate!,
        officerId: officer.id,
      });
      await recordOfficerAudit(
        { officerId: officer.id, action: 'declaration.approved', declarationId: id, ip },
        transaction,
      );
    });

    return this.toView(await this.findReviewable(id));
  }

  /** Rejects a submitted declaration with the reason the applicant will read. */
  async reject(
    { officer, ip }: OfficerRequest,
    id: string,
    decision: RejectionDecision,
  ): Promise<DeclarationView> {
    await this.sequelize.transaction(async (transaction) => {
      const declaration = await this.findDecidable(id, decision.version, transaction);
      await this.decide(
        declaration,
        decision.version,
        { status: 'rejected', officer, reason: decision.reason },
        transaction,
      );
      await recordOfficerAudit(
        { officerId: officer.id, action: 'declaration.rejected', declarationId: id, ip },
        transaction,
      );
    });

    return this.toView(await this.findReviewable(id));
  }

  private async decide(
    declaration: DeclarationModel,
    version: number,
    decision: { status: 'approved' | 'rejected'; officer: OfficerPrincipal; reason?: string },
    transaction: Transaction,
  ): Promise<void> {
    const changes = {
      status: decision.status,
      decidedAt: new Date(),
      decidedBy: decision.officer.id,
      rejectionReason: decision.reason ?? null,
    };
    if (!(await advanceVersion(declaration.id, { version, status: 'submitted' }, changes, transaction))) {
      throw new VersionConflictError();
    }

    const change = { from: 'submitted' as const, to: decision.status, reason: decision.reason };
    await recordStatusChange(
      declaration.id,
      change,
      { type: 'officer', id: decision.officer.id },
      transaction,
    );
  }

  private async findReviewable(id: string, transaction?: Transaction): Promise<DeclarationModel> {
    // A draft withdrawn before submission was never sent to the gate, so it stays the applicant's alone.
    const sentToGate = {
      [Op.or]: [
        { status: { [Op.notIn]: ['draft', 'withdrawn'] } },
        { status: 'withdrawn', submittedAt: { [Op.ne]: null } },
      ],
    };
    const declaration = await findDeclaration(id, { where: sentToGate, transaction });
    if (!declaration) {
      throw new NotFoundError();
    }
    return declaration;
  }

  private async findDecidable(
    id: string,
    version: number,
    transaction: Transaction,
  ): Promise<DeclarationModel> {
    const declaration = await this.findReviewable(id, transaction);
    if (declaration.version !== version) {
      throw new VersionConflictError();
    }
    if (declaration.status !== 'submitted') {
      throw new InvalidStatusTransitionError('declarationNotSubmitted');
    }
    return declaration;
  }

  private async toView(declaration: DeclarationModel): Promise<DeclarationView> {
    const results = await findResultViews(this.sequelize, [declaration.id]);
    return toDeclarationView(declaration, results.get(declaration.id) ?? null);
  }
}
