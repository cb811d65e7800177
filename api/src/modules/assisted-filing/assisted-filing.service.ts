import { randomUUID } from 'node:crypto';

import {
  APPROVER_ROLES,
  CounterCompany,
  IDEMPOTENCY_KEY_HEADER,
  type AssistedFilingStatus,
  type DeclarationView,
} from '@smartgate/shared-models';
import { Op, type Sequelize, type Transaction } from 'sequelize';

import { ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import type { Logger } from '../../lib/logger';
import type { OfficerPrincipal } from '../../lib/principal';
import { officerGateScope } from '../accounts/gate-access';
import { DeclarationModel } from '../declarations/declarations.models';
import { recordStatusChange } from '../declarations/declarations.repository';
import { assignReferenceCode } from '../declarations/reference-codes';
import { findSubmissionIssues } from '../declarations/submission-check';
import { assignTravellerIds } from '../declarations/traveller-ids';
import { findDeskGate } from '../gate/gate-desks.repository';
import { enqueueSubmissionNotice } from '../notifications/notice-queue';
import { findResultViews } from '../results/results.repository';
import { recordOfficerAudit } from '../review/audit-log.repository';
import { approveDeclaration } from '../review/declaration-decision';
import { ReviewService, type OfficerRequest } from '../review/review.service';
import { missingCounterPhotoIssues } from '../traveller-photos/photo-requirement-check';
import type { AssistedCargoFiling, AssistedFiling, AssistedTravelFiling } from './assisted-filing-request';
import {
  claimIdempotencyKey,
  insertCounterCargoDeclaration,
  insertCounterDeclaration,
} from './assisted-filing.repository';
import { counterCargoDraft, counterCargoIssues, counterCrossingDate } from './counter-cargo-filing';
import type { CounterPhotosService } from './counter-photos.service';

/** The declaration that a filing produced, and whether the request repeated an earlier one. */
export interface FilingOutcome {
  view: DeclarationView;
  replayed: boolean;
}

/**
 * Files declarations at the gate's counter for travellers or a truck that arrived without one.
 * A filing is checked as a portal submission is, for a crossing today, and is approved in the
 * same step when the officer's role may approve.
 */
export class AssistedFilingService {
  private readonly reviews: ReviewService;
  private readonly log: Logger;

  constructor(
    private readonly sequelize: Sequelize,
    logger: Logger,
    private readonly photos: CounterPhotosService,
  ) {
    this.reviews = new ReviewService(sequelize);
    this.log = logger.child({ module: 'assisted-filing' });
  }

  /**
   * Files, submits and, for an approver, approves a declaration in one transaction, so a failed
   * check leaves nothing behind. The same idempotency key again returns the first declaration.
   */
  async file(request: OfficerRequest, filing: AssistedFiling): Promise<FilingOutcome> {
    const { officer } = request;
    await this.requireAssignedGate(officer, filing.draft.gateCode);

    const outcome = await this.sequelize.transaction(async (transaction) => {
      const declarationId = randomUUID();
      const earlier = await claimIdempotencyKey(transaction, {
        officerId: officer.id,
        filing,
        declarationId,
      });
      if (earlier) {
        if (earlier.requestSha256 !== filing.requestSha256) {
          const issue = { path: [IDEMPOTENCY_KEY_HEADER], code: 'invalid' };
          throw new ValidationError([issue], 422, 'idempotencyKeyReused');
        }
        return { declarationId: earlier.declarationId, replayed: true, approved: false };
      }

      const approved =
        filing.kind === 'cargo'
          ? await this.fileNewCargo(request, filing, declarationId, transaction)
          : await this.fileNewTravel(request, filing, declarationId, transaction);
      return { declarationId, replayed: false, approved };
    });

    this.log.info(
      {
        event: outcome.replayed ? 'declaration.counter_filing.replayed' : 'declaration.counter_filing.filed',
        declarationId: outcome.declarationId,
        officerId: officer.id,
        approved: outcome.approved,
      },
      outcome.replayed
        ? 'Counter filing repeated, the first declaration returned'
        : 'Declaration filed at the counter',
    );
    return {
      view: await this.reviews.viewAfterAction(officer, outcome.declarationId),
      replayed: outcome.replayed,
    };
  }

  /** Returns the status of a filing at one of the officer's gates and its result, for the counter screen's polling. */
  async status(officer: OfficerPrincipal, declarationId: string): Promise<AssistedFilingStatus> {
    const declaration = await DeclarationModel.findOne({
      where: { id: declarationId, filedByOfficerId: { [Op.ne]: null }, ...officerGateScope(officer) },
      attributes: ['id', 'status', 'referenceCode'],
    });
    if (!declaration) {
      throw new NotFoundError();
    }

    const results = await findResultViews(this.sequelize, [declaration.id]);
    return {
      declarationId: declaration.id,
      referenceCode: declaration.referenceCode,
      status: declaration.status,
      result: results.get(declaration.id) ?? null,
    };
  }

  /**
   * Rejects a gate that exists but is not the officer's with 403. An unknown or missing gate is
   * left to the submission checks, which list it with the other invalid fields.
   */
  private async requireAssignedGate(officer: OfficerPrincipal, gateCode: string | undefined): Promise<void> {
    const gate = gateCode ? await findDeskGate(this.sequelize, officer.id, gateCode) : null;
    if (gate && !gate.assigned) {
      throw new ForbiddenError('gateNotAssigned');
    }
  }

  /** Checks, inserts and submits travellers' declaration, then approves it when the role allows. Returns whether it did. */
  private async fileNewTravel(
    request: OfficerRequest,
    filing: AssistedTravelFiling,
    declarationId: string,
    transaction: Transaction,
  ): Promise<boolean> {
    const { officer } = request;
    const photos = await this.photos.claim(
      transaction,
      officer.id,
      filing.photos,
      filing.draft.travellers.length,
    );
    const issues = [
      ...(await findSubmissionIssues(filing.draft, transaction, declarationId, 'counter')),
      ...(await missingCounterPhotoIssues(filing.draft.travellers, filing.photos, transaction)),
      ...photos.issues,
    ];
    if (issues.length > 0) {
      throw new ValidationError(issues, 422);
    }

    // The submission checks passed, so the gate and the crossing date are set.
    const gateCode = filing.draft.gateCode!;
    const travellerIds = assignTravellerIds(filing.draft.travellers);
    const travellers = filing.draft.travellers.map((traveller, index) => ({
      ...traveller,
      id: travellerIds[index],
    }));
    await insertCounterDeclaration(transaction, {
      id: declarationId,
      officerId: officer.id,
      filing: { ...filing, draft: { ...filing.draft, travellers } },
      submittedAt: new Date(),
    });
    await this.photos.attach(transaction, declarationId, travellerIds, photos.claimed);

    return this.submitAndDecide(
      request,
      { id: declarationId, gateCode, plannedCrossingDate: filing.draft.plannedCrossingDate! },
      {
        onBehalfOf: { travellerIds },
        contactEmailGiven: filing.contact.email !== null,
        photosTaken: photos.claimed.length,
      },
      transaction,
    );
  }

  /**
   * Checks, inserts and submits a truck's declaration with its goods and the company typed at
   * the counter, then approves it when the role allows. Returns whether it did.
   */
  private async fileNewCargo(
    request: OfficerRequest,
    filing: AssistedCargoFiling,
    declarationId: string,
    transaction: Transaction,
  ): Promise<boolean> {
    const { officer } = request;
    const now = new Date();
    const travellerIds = assignTravellerIds(filing.draft.travellers);
    const draft = counterCargoDraft(
      {
        ...filing,
        draft: {
          ...filing.draft,
          travellers: filing.draft.travellers.map((traveller, index) => ({
            ...traveller,
            id: travellerIds[index],
          })),
        },
      },
      now,
    );

    const photos = await this.photos.claim(transaction, officer.id, filing.photos, draft.travellers.length);
    const issues = [
      ...(await counterCargoIssues(
        this.sequelize,
        { ...filing, id: declarationId, draft },
        transaction,
        now,
      )),
      ...(await missingCounterPhotoIssues(draft.travellers, filing.photos, transaction)),
      ...photos.issues,
    ];
    if (issues.length > 0) {
      throw new ValidationError(issues, 422).labelFieldsAs('cargo');
    }

    // The checks passed, so the gate is set and the company is complete.
    await insertCounterCargoDeclaration(transaction, {
      id: declarationId,
      officerId: officer.id,
      draft,
      company: CounterCompany.parse(filing.company),
      contact: filing.contact,
      submittedAt: now,
    });
    await this.photos.attach(transaction, declarationId, travellerIds, photos.claimed);

    return this.submitAndDecide(
      request,
      { id: declarationId, gateCode: draft.gateCode!, plannedCrossingDate: counterCrossingDate(now) },
      {
        kind: 'cargo',
        onBehalfOf: { travellerIds },
        contactEmailGiven: filing.contact.email !== null,
        photosTaken: photos.claimed.length,
        documentsSighted: filing.documentsSighted,
      },
      transaction,
    );
  }

  /**
   * Records the submission of a declaration just inserted, gives it its reference code and
   * writes who filed it to the audit log. An approver's filing is approved in the same step;
   * anyone else's waits for a reviewer, and the contact gets the submission notice.
   */
  private async submitAndDecide(
    request: OfficerRequest,
    declaration: { id: string; gateCode: string; plannedCrossingDate: string },
    auditDetails: Record<string, unknown>,
    transaction: Transaction,
  ): Promise<boolean> {
    const { officer, ip } = request;
    const { id: declarationId, gateCode } = declaration;
    await recordStatusChange(
      declarationId,
      { from: null, to: 'submitted' },
      { type: 'officer', id: officer.id },
      transaction,
    );
    await assignReferenceCode(transaction, { id: declarationId, gateCode });

    const approves = APPROVER_ROLES.includes(officer.role);
    await recordOfficerAudit(
      {
        officerId: officer.id,
        action: 'declaration.filed_at_counter',
        declarationId,
        ip,
        details: { ...auditDetails, gateCode, approvedInSameStep: approves },
      },
      transaction,
    );

    if (approves) {
      await approveDeclaration(request, declaration, 1, transaction);
    } else {
      await enqueueSubmissionNotice(transaction, declarationId);
    }
    return approves;
  }
}
