import type {
  CrossingDeclarationDraft,
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
import { withChangeRequests } from '../change-requests/change-request-views';
import { markChangeRequestResubmitted } from '../change-requests/change-requests.repository';
import { enqueueSubmissionNotice } from '../notifications/notice-queue';
import { findResultViews } from '../results/results.repository';
import type { TravellerPhotoFiles } from '../traveller-photos/traveller-photo-files';
import { EDITABLE_STATUSES, WITHDRAWABLE_STATUSES } from './declaration-editing';
import { listDeclarations } from './declaration-lists.repository';
import { insertRepeatedDraft } from './declaration-repeat';
import { toDeclarationView, toDraftData, toSummaryPage } from './declaration-views';
import { withDocumentWarnings } from './document-rule-checks';
import type { DeclarationModel } from './declarations.models';
import {
  advanceVersion,
  findDeclaration,
  insertDraft,
  recordStatusChange,
  replaceDraftData,
} from './declarations.repository';
import { assertDraftReferencesExist } from './draft-references';
import { assignReferenceCode } from './reference-codes';
import { findSubmissionIssues } from './submission-check';

/** The applicant's side of declarations: every method first checks that the declaration is the applicant's own. */
export class DeclarationsService {
  constructor(
    private readonly sequelize: Sequelize,
    private readonly photoFiles: TravellerPhotoFiles,
  ) {}

  async createDraft(
    applicant: ApplicantPrincipal,
    draft: CrossingDeclarationDraft,
  ): Promise<DeclarationView> {
    await assertDraftReferencesExist(draft);

    const id = await this.sequelize.transaction(async (transaction) => {
      const declarationId = await insertDraft(applicant.id, draft, transaction);
      await recordStatusChange(
        declarationId,
        { from: null, to: 'draft' },
        this.actor(applicant),
        transaction,
      );
      return declarationId;
    });

    return this.view(applicant, id);
  }

  /** Loads the applicant's own declaration. Another applicant's looks exactly like a missing one. */
  async view(applicant: ApplicantPrincipal, id: string): Promise<DeclarationView> {
    const declaration = await this.findOwn(applicant, id);

    const results = await findResultViews(this.sequelize, [declaration.id]);
    const view = toDeclarationView(declaration, results.get(declaration.id) ?? null);
    return withChangeRequests(await withDocumentWarnings(view), 'applicant');
  }

  /**
   * Starts a new draft from one of the applicant's declarations, in any status: the same gate,
   * direction, purpose, vehicle and travellers with their photos, but no crossing date, which the
   * traveller picks anew. Documents that have expired since are copied as they are, and
   * submission flags them.
   */
  async repeat(applicant: ApplicantPrincipal, id: string): Promise<DeclarationView> {
    const original = await this.findOwn(applicant, id);

    const copyId = await insertRepeatedDraft(
      this.sequelize,
      this.photoFiles,
      original,
      this.actor(applicant),
    );
    return this.view(applicant, copyId);
  }

  async list(applicant: ApplicantPrincipal, page: PageQuery): Promise<Page<DeclarationSummary>> {
    const list = await listDeclarations(
      { applicantId: applicant.id, kind: 'travel' },
      [['createdAt', 'DESC']],
      page,
    );

    const results = await findResultViews(
      this.sequelize,
      list.declarations.map((declaration) => declaration.id),
    );
    return toSummaryPage(list, results, page);
  }

  /**
   * Replaces a draft's data, or the data of a declaration sent back for changes. The version
   * must match and the status must still allow editing. Photos follow their travellers' ids,
   * and the photos of travellers no longer listed are deleted, their files after the commit.
   */
  async updateDraft(
    applicant: ApplicantPrincipal,
    id: string,
    version: number,
    draft: CrossingDeclarationDraft,
  ): Promise<DeclarationView> {
    await assertDraftReferencesExist(draft);

    const removedPhotoKeys = await this.sequelize.transaction(async (transaction) => {
      const { status } = await this.findEditableDraft(applicant, id, version, transaction);

      if (!(await advanceVersion(id, { version, status }, {}, transaction))) {
        throw new VersionConflictError();
      }
      return replaceDraftData(id, draft, transaction);
    });
    await this.photoFiles.removeUnused(removedPhotoKeys);

    return this.view(applicant, id);
  }

  /**
   * Submits a complete draft, or submits again a declaration sent back for changes, which
   * closes the open change request and keeps the time of the first submission. An incomplete
   * one gets 422 listing every invalid field, and the transaction rolls back, so the stored
   * draft stays exactly as it was.
   */
  async submit(applicant: ApplicantPrincipal, id: string, version: number): Promise<DeclarationView> {
    await this.sequelize.transaction(async (transaction) => {
      const declaration = await this.findEditableDraft(applicant, id, version, transaction);

      const issues = await findSubmissionIssues(toDraftData(declaration), transaction, id);
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
      await recordStatusChange(id, { from, to: 'submitted' }, this.actor(applicant), transaction);

      // Submission checks require a gate, so gateCode is set here.
      await assignReferenceCode(transaction, { id, gateCode: declaration.gateCode! });
      await enqueueSubmissionNotice(transaction, id);
    });

    return this.view(applicant, id);
  }

  /**
   * Withdraws a declaration that is a draft, submitted or sent back for changes; once an officer
   * has decided it, it stays as decided.
   */
  async withdraw(applicant: ApplicantPrincipal, id: string, version: number): Promise<DeclarationView> {
    await this.sequelize.transaction(async (transaction) => {
      const declaration = await this.findOwn(applicant, id, transaction);
      const from = declaration.status;
      if (!WITHDRAWABLE_STATUSES.includes(from)) {
        throw new InvalidStatusTransitionError('declarationNotWithdrawable');
      }
      if (declaration.version !== version) {
        throw new VersionConflictError();
      }

      if (!(await advanceVersion(id, { version, status: from }, { status: 'withdrawn' }, transaction))) {
        throw new VersionConflictError();
      }
      await recordStatusChange(id, { from, to: 'withdrawn' }, this.actor(applicant), transaction);
    });

    return this.view(applicant, id);
  }

  /** Checks that the applicant may download the result PDF: own declaration, result issued. */
  async assertResultIssued(applicant: ApplicantPrincipal, id: string): Promise<void> {
    const declaration = await this.findOwn(applicant, id);
    if (declaration.status !== 'issued') {
      throw new NotFoundError('declarationNotIssued');
    }
  }

  private async findOwn(
    applicant: ApplicantPrincipal,
    id: string,
    transaction?: Transaction,
  ): Promise<DeclarationModel> {
    // Cargo declarations belong to a business and are reached through its routes only, where
    // membership is checked: the filer may have left the company since.
    const declaration = await findDeclaration(id, {
      where: { applicantId: applicant.id, kind: 'travel' },
      transaction,
    });
    if (!declaration) {
      throw new NotFoundError();
    }
    return declaration;
  }

  private async findEditableDraft(
    applicant: ApplicantPrincipal,
    id: string,
    version: number,
    transaction: Transaction,
  ): Promise<DeclarationModel> {
    const declaration = await this.findOwn(applicant, id, transaction);
    if (!EDITABLE_STATUSES.includes(declaration.status)) {
      throw new InvalidStatusTransitionError('declarationNotEditable');
    }
    if (declaration.version !== version) {
      throw new VersionConflictError();
    }
    return declaration;
  }

  private actor(applicant: ApplicantPrincipal) {
    return { type: 'applicant' as const, id: applicant.id };
  }
}
