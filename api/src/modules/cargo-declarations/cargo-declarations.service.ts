import type {
  CargoDeclarationDraft,
  DeclarationSummary,
  DeclarationView,
  Page,
  PageQuery,
} from '@smartgate/shared-models';
import type { Sequelize, Transaction } from 'sequelize';

import {
  InvalidStatusTransitionError,
  NotFoundError,
  ValidationError,
  VersionConflictError,
} from '../../lib/errors';
import type { ApplicantPrincipal } from '../../lib/principal';
import { requireBusinessMember } from '../businesses/business-membership';
import { withChangeRequests } from '../change-requests/change-request-views';
import { markChangeRequestResubmitted } from '../change-requests/change-requests.repository';
import { EDITABLE_STATUSES, WITHDRAWABLE_STATUSES } from '../declarations/declaration-editing';
import { toDeclarationView } from '../declarations/declaration-views';
import type { DeclarationModel } from '../declarations/declarations.models';
import { advanceVersion, recordStatusChange, type Actor } from '../declarations/declarations.repository';
import { withDocumentWarnings } from '../declarations/document-rule-checks';
import { assignReferenceCode } from '../declarations/reference-codes';
import { enqueueSubmissionNotice } from '../notifications/notice-queue';
import { gateExists } from '../reference/reference.repository';
import { findResultViews } from '../results/results.repository';
import type { TravellerPhotoFiles } from '../traveller-photos/traveller-photo-files';
import { lockDeclaration } from '../traveller-photos/traveller-photos.repository';
import { insertCargoCopy } from './cargo-copy';
import { CargoDraftConflictError } from './cargo-draft-conflict';
import {
  findCargoDeclaration,
  insertCargoDraft,
  listCargoDeclarations,
  replaceCargoDraft,
} from './cargo-declarations.repository';
import { findBusinessHeader } from './cargo-reference.repository';
import { loadCargoDraft, withCargoSection } from './cargo-section';
import { findCargoSubmissionIssues, goodsReferenceIssues } from './cargo-submission-check';
import { toCargoSummary } from './cargo-views';
import { findGoodsLines } from './goods-lines.repository';

/** The member acting and the business whose declarations they act on. */
export interface CargoScope {
  applicant: ApplicantPrincipal;
  businessId: string;
}

/**
 * Cargo declarations of a business: every member may list, file, edit, submit, withdraw and copy
 * them. Every method first checks the membership, so another company's staff get 404 as for a
 * declaration that does not exist.
 */
export class CargoDeclarationsService {
  constructor(
    private readonly sequelize: Sequelize,
    private readonly photoFiles: TravellerPhotoFiles,
  ) {}

  async list(scope: CargoScope, page: PageQuery): Promise<Page<DeclarationSummary>> {
    await this.requireMember(scope);

    const { declarations, total } = await listCargoDeclarations(scope.businessId, page);
    const ids = declarations.map((declaration) => declaration.id);
    const lines = await findGoodsLines(this.sequelize, ids);
    const results = await findResultViews(this.sequelize, ids);
    const business = await findBusinessHeader(this.sequelize, scope.businessId);

    const items = declarations.map((declaration) =>
      toCargoSummary(
        declaration,
        lines.get(declaration.id) ?? [],
        business?.name ?? '',
        results.get(declaration.id) ?? null,
      ),
    );
    return { items, page: page.page, pageSize: page.pageSize, total };
  }

  async createDraft(scope: CargoScope, draft: CargoDeclarationDraft): Promise<DeclarationView> {
    await this.assertDraftReferencesExist(draft);

    const id = await this.sequelize.transaction(async (transaction) => {
      await this.requireMember(scope, transaction);
      const owner = { businessId: scope.businessId, applicantId: scope.applicant.id };
      const declarationId = await insertCargoDraft(this.sequelize, owner, draft, transaction);
      await recordStatusChange(declarationId, { from: null, to: 'draft' }, this.actor(scope), transaction);
      return declarationId;
    });

    return this.view(scope, id);
  }

  /** Loads a cargo declaration of the business, with its consignment, result, warnings and change requests. */
  async view(scope: CargoScope, id: string): Promise<DeclarationView> {
    await this.requireMember(scope);
    const declaration = await this.findOfBusiness(scope, id);

    const results = await findResultViews(this.sequelize, [declaration.id]);
    const view = toDeclarationView(declaration, results.get(declaration.id) ?? null);
    const withWarnings = await withDocumentWarnings(view);
    return withChangeRequests(await withCargoSection(this.sequelize, withWarnings, declaration), 'applicant');
  }

  /**
   * Replaces a draft's data, or the data of a declaration sent back for changes, if its version is
   * still the one the form loaded. When another member saved or submitted it meanwhile, nothing is
   * written and the 409 carries the declaration as it is now.
   */
  async updateDraft(
    scope: CargoScope,
    id: string,
    version: number,
    draft: CargoDeclarationDraft,
  ): Promise<DeclarationView> {
    await this.assertDraftReferencesExist(draft);

    const removedPhotoKeys = await this.withConflictView(scope, id, async (transaction) => {
      const { status } = await this.findEditable(scope, id, version, transaction);

      if (!(await advanceVersion(id, { version, status }, {}, transaction))) {
        throw new VersionConflictError();
      }
      return replaceCargoDraft(this.sequelize, id, draft, transaction);
    });
    await this.photoFiles.removeUnused(removedPhotoKeys);

    return this.view(scope, id);
  }

  /**
   * Submits a complete cargo declaration, or submits again one sent back for changes. An
   * incomplete one gets 422 listing every problem, and nothing changes.
   */
  async submit(scope: CargoScope, id: string, version: number): Promise<DeclarationView> {
    await this.withConflictView(scope, id, async (transaction) => {
      await lockDeclaration(id, transaction);
      const declaration = await this.findEditable(scope, id, version, transaction);

      const draft = await loadCargoDraft(this.sequelize, declaration, transaction);
      const issues = await findCargoSubmissionIssues(this.sequelize, declaration, draft, transaction);
      if (issues.length > 0) {
        throw new ValidationError(issues, 422);
      }

      const from = declaration.status;
      const now = new Date();
      const submitted = await advanceVersion(
        id,
        { version, status: from },
        { status: 'submitted', submittedAt: declaration.submittedAt ?? now },
        transaction,
      );
      if (!submitted) {
        throw new VersionConflictError();
      }
      if (from === 'changes_requested') {
        await markChangeRequestResubmitted(id, now, transaction);
      }
      await recordStatusChange(id, { from, to: 'submitted' }, this.actor(scope), transaction);

      // The complete schema requires a gate, so gateCode is set here.
      await assignReferenceCode(transaction, { id, gateCode: declaration.gateCode! });
      await enqueueSubmissionNotice(transaction, id);
    });

    return this.view(scope, id);
  }

  /** Withdraws a declaration until an officer decides it. */
  async withdraw(scope: CargoScope, id: string, version: number): Promise<DeclarationView> {
    await this.withConflictView(scope, id, async (transaction) => {
      const declaration = await this.findOfBusiness(scope, id, transaction);
      const from = declaration.status;
      if (!WITHDRAWABLE_STATUSES.includes(from)) {
        throw new InvalidStatusTransitionError('declarationNotWithdrawable');
      }

      if (
        declaration.version !== version ||
        !(await advanceVersion(id, { version, status: from }, { status: 'withdrawn' }, transaction))
      ) {
        throw new VersionConflictError();
      }
      await recordStatusChange(id, { from, to: 'withdrawn' }, this.actor(scope), transaction);
    });

    return this.view(scope, id);
  }

  /**
   * Starts a new draft from any cargo declaration of the business, for a repeat shipment: the
   * same gate, direction, partner, vehicle, trailer, driver and crew with their photos, and goods
   * lines, but no planned arrival and no attachments, which belong to each shipment.
   */
  async copy(scope: CargoScope, id: string): Promise<DeclarationView> {
    await this.requireMember(scope);
    const original = await this.findOfBusiness(scope, id);
    const draft = await loadCargoDraft(this.sequelize, original);

    const copyId = await insertCargoCopy(
      this.sequelize,
      this.photoFiles,
      { original, draft: { ...draft, plannedArrivalAt: undefined } },
      { businessId: scope.businessId, applicantId: scope.applicant.id },
      this.actor(scope),
    );
    return this.view(scope, copyId);
  }

  /** Checks that a member may download the result PDF: a declaration of the business with an issued result. */
  async assertResultIssued(scope: CargoScope, id: string): Promise<void> {
    await this.requireMember(scope);
    const declaration = await this.findOfBusiness(scope, id);
    if (declaration.status !== 'issued') {
      throw new NotFoundError('declarationNotIssued');
    }
  }

  /** Rejects, with 400, a draft naming a gate, HS code or unit that does not exist. */
  private async assertDraftReferencesExist(draft: CargoDeclarationDraft): Promise<void> {
    const issues = await goodsReferenceIssues(this.sequelize, draft.goodsLines);
    if (draft.gateCode && !(await gateExists(draft.gateCode))) {
      issues.unshift({ path: ['gateCode'], code: 'unknownGate' });
    }
    if (issues.length > 0) {
      throw new ValidationError(issues);
    }
  }

  /**
   * Runs a write in a transaction. A version conflict becomes a 409 that carries the declaration
   * as another member left it, loaded after the rollback.
   */
  private async withConflictView<T>(
    scope: CargoScope,
    id: string,
    work: (transaction: Transaction) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.sequelize.transaction(async (transaction) => {
        await this.requireMember(scope, transaction);
        return work(transaction);
      });
    } catch (error) {
      if (error instanceof VersionConflictError) {
        throw new CargoDraftConflictError(await this.view(scope, id));
      }
      throw error;
    }
  }

  private async requireMember(scope: CargoScope, transaction?: Transaction): Promise<void> {
    await requireBusinessMember(this.sequelize, scope.applicant.id, scope.businessId, undefined, transaction);
  }

  private async findOfBusiness(
    scope: CargoScope,
    id: string,
    transaction?: Transaction,
  ): Promise<DeclarationModel> {
    const declaration = await findCargoDeclaration(scope.businessId, id, transaction);
    if (!declaration) {
      throw new NotFoundError();
    }
    return declaration;
  }

  private async findEditable(
    scope: CargoScope,
    id: string,
    version: number,
    transaction: Transaction,
  ): Promise<DeclarationModel> {
    const declaration = await this.findOfBusiness(scope, id, transaction);
    if (declaration.version !== version) {
      throw new VersionConflictError();
    }
    if (!EDITABLE_STATUSES.includes(declaration.status)) {
      throw new InvalidStatusTransitionError('declarationNotEditable');
    }
    return declaration;
  }

  private actor(scope: CargoScope): Actor {
    return { type: 'applicant', id: scope.applicant.id };
  }
}
