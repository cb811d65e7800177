import type { ChangeRequestDecision, DeclarationView, RejectionDecision } from '@smartgate/shared-models';
import { Op, type Sequelize, type Transaction } from 'sequelize';

import { InvalidStatusTransitionError, NotFoundError, VersionConflictError } from '../../lib/errors';
import type { OfficerPrincipal } from '../../lib/principal';
import { officerGateScope } from '../accounts/gate-access';
import { withCounterFiling } from '../assisted-filing/counter-filing-view';
import { withCargoSection } from '../cargo-declarations/cargo-section';
import { withChangeRequests } from '../change-requests/change-request-views';
import { sendBackForChanges } from '../change-requests/change-requests.service';
import { toDeclarationView } from '../declarations/declaration-views';
import { withDocumentWarnings } from '../declarations/document-rule-checks';
import type { DeclarationModel } from '../declarations/declarations.models';
import { findDeclaration } from '../declarations/declarations.repository';
import { enqueueRejectionNotice } from '../notifications/notice-queue';
import { composeChangeRequest, composeRejection } from '../reason-templates/decision-reasons';
import { findResultViews } from '../results/results.repository';
import { assertHeldByOfficer, assertNotHeldByAnother } from './assignment.service';
import { recordOfficerAudit } from './audit-log.repository';
import { approveDeclaration, recordDecision } from './declaration-decision';

/** The officer and client address of a request, for the audit trail. */
export interface OfficerRequest {
  officer: OfficerPrincipal;
  ip: string | undefined;
}

/** The officer's side of declarations. Drafts stay invisible to officers: they read as not found. */
export class ReviewService {
  constructor(private readonly sequelize: Sequelize) {}

  /** Shows one declaration and records the view in the audit log. */
  async view({ officer, ip }: OfficerRequest, id: string): Promise<DeclarationView> {
    const declaration = await this.findReviewable(id, officer);

    await recordOfficerAudit({ officerId: officer.id, action: 'declaration.viewed', declarationId: id, ip });
    return this.toView(declaration);
  }

  /**
   * Approves a submitted declaration that the officer holds and creates its pending result in the
   * same transaction. When two decisions arrive at once, the row lock lets one UPDATE match and
   * the other gets 409.
   */
  async approve(request: OfficerRequest, id: string, version: number): Promise<DeclarationView> {
    await this.sequelize.transaction(async (transaction) => {
      const declaration = await this.findDecidable(id, request.officer, version, transaction);
      await approveDeclaration(request, declaration, version, transaction);
    });

    return this.toView(await this.findReviewable(id, request.officer));
  }

  /**
   * Rejects a submitted declaration that the officer holds. The applicant reads the picked
   * template's text in their language followed by the officer's free text.
   */
  async reject(
    { officer, ip }: OfficerRequest,
    id: string,
    decision: RejectionDecision,
  ): Promise<DeclarationView> {
    await this.sequelize.transaction(async (transaction) => {
      await this.findDecidable(id, officer, decision.version, transaction);
      const rejection = await composeRejection(transaction, id, decision);
      await recordDecision(
        id,
        decision.version,
        {
          status: 'rejected',
          officer,
          reason: rejection.reason,
          reasonTemplateId: rejection.reasonTemplateId,
        },
        transaction,
      );
      await recordOfficerAudit(
        { officerId: officer.id, action: 'declaration.rejected', declarationId: id, ip },
        transaction,
      );
      await enqueueRejectionNotice(transaction, id);
    });

    return this.toView(await this.findReviewable(id, officer));
  }

  /**
   * Sends a submitted declaration back to the applicant with a general comment and comments on
   * fields. The applicant responds by editing and submitting it again. A field the
   * declaration does not have gets 422 naming it.
   */
  async requestChanges(
    request: OfficerRequest,
    id: string,
    decision: ChangeRequestDecision,
  ): Promise<DeclarationView> {
    await this.sequelize.transaction(async (transaction) => {
      const declaration = await this.findDecidable(id, request.officer, decision.version, transaction);
      const changeRequest = await composeChangeRequest(transaction, id, decision);
      await sendBackForChanges(request, declaration, changeRequest, transaction);
    });

    return this.toView(await this.findReviewable(id, request.officer));
  }

  /** Checks that the officer may see the declaration, as `view` does, without building a view or auditing. */
  async assertReviewable(officer: OfficerPrincipal, id: string): Promise<void> {
    await this.findReviewable(id, officer);
  }

  private async findReviewable(
    id: string,
    officer: OfficerPrincipal,
    transaction?: Transaction,
  ): Promise<DeclarationModel> {
    // A draft withdrawn before submission was never sent to the gate, so it stays the applicant's alone.
    const sentToGate = {
      [Op.or]: [
        { status: { [Op.notIn]: ['draft', 'withdrawn'] } },
        { status: 'withdrawn', submittedAt: { [Op.ne]: null } },
      ],
    };
    const declaration = await findDeclaration(id, {
      where: { ...sentToGate, ...officerGateScope(officer) },
      transaction,
    });
    if (!declaration) {
      throw new NotFoundError();
    }
    return declaration;
  }

  private async findDecidable(
    id: string,
    officer: OfficerPrincipal,
    version: number,
    transaction: Transaction,
  ): Promise<DeclarationModel> {
    const declaration = await this.findReviewable(id, officer, transaction);
    // Another officer's hold wins over a stale version: the 409 then names who works on it.
    await assertNotHeldByAnother(transaction, id, officer);
    if (declaration.version !== version) {
      throw new VersionConflictError();
    }
    if (declaration.status !== 'submitted') {
      throw new InvalidStatusTransitionError('declarationNotSubmitted');
    }
    // Only the holder decides, so the queues always show who works on a declaration.
    await assertHeldByOfficer(transaction, id, officer);
    return declaration;
  }

  /**
   * Shows one declaration without a `declaration.viewed` row, as the response of an action that
   * the audit log records itself.
   */
  async viewAfterAction(officer: OfficerPrincipal, id: string): Promise<DeclarationView> {
    return this.toView(await this.findReviewable(id, officer));
  }

  private async toView(declaration: DeclarationModel): Promise<DeclarationView> {
    const results = await findResultViews(this.sequelize, [declaration.id]);
    const view = toDeclarationView(declaration, results.get(declaration.id) ?? null);
    const officerView = await withChangeRequests(await withDocumentWarnings(view), 'officer');
    return withCargoSection(this.sequelize, await withCounterFiling(officerView, declaration), declaration);
  }
}
