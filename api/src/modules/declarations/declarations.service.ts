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
import { findResultViews } from '../results/results.repository';
import { listDeclarations } from './declaration-lists.repository';
import { toDeclarationView, toDraftData, toSummaryPage } from './declaration-views';
import type { DeclarationModel } from './declarations.models';
import {
  advanceVersion,
  findDeclaration,
  insertDraft,
  recordStatusChange,
  replaceDraftData,
} from './declarations.repository';
import { assertDraftReferencesExist } from './draft-references';
import { findSubmissionIssues } from './submission-check';

/** The applicant's side of declarations: every method first checks that the declaration is the applicant's own. */
export class DeclarationsService {
  constructor(private readonly sequelize: Sequelize) {}

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
    return toDeclarationView(declaration, results.get(declaration.id) ?? null);
  }

  async list(applicant: ApplicantPrincipal, page: PageQuery): Promise<Page<DeclarationSummary>> {
    const list = await listDeclarations({ applicantId: applicant.id }, [['createdAt', 'DESC']], page);

    const results = await findResultViews(
      this.sequelize,
      list.declarations.map((declaration) => declaration.id),
    );
    return toSummaryPage(list, results, page);
  }

  /** Replaces a draft's data. The version must match and the declaration must still be a draft. */
  async updateDraft(
    applicant: ApplicantPrincipal,
    id: string,
    version: number,
    draft: CrossingDeclarationDraft,
  ): Promise<DeclarationView> {
    await assertDraftReferencesExist(draft);

    await this.sequelize.transaction(async (transaction) => {
      await this.findEditableDraft(applicant, id, version, transaction);

      if (!(await advanceVersion(id, { version, status: 'draft' }, {}, transaction))) {
        throw new VersionConflictError();
      }
      await replaceDraftData(id, draft, transaction);
    });

    return this.view(applicant, id);
  }

  /**
   * Submits a complete draft. An incomplete one gets 422 listing every invalid field, and
   * the transaction rolls back, so the stored draft stays exactly as it was.
   */
  async submit(applicant: ApplicantPrincipal, id: string, version: number): Promise<DeclarationView> {
    await this.sequelize.transaction(async (transaction) => {
      const declaration = await this.findEditableDraft(applicant, id, version, transaction);

      const issues = await findSubmissionIssues(toDraftData(declaration), transaction);
      if (issues.length > 0) {
        throw new ValidationError(issues, 422);
      }

      const submitted = await advanceVersion(
        id,
        { version, status: 'draft' },
        { status: 'submitted', submittedAt: new Date() },
        transaction,
      );
      if (!submitted) {
        throw new VersionConflictError();
      }
      await recordStatusChange(id, { from: 'draft', to: 'submitted' }, this.actor(applicant), transaction);
    });

    return this.view(applicant, id);
  }

  /** Withdraws a draft or submitted declaration; once an officer has decided it, it stays as decided. */
  async withdraw(applicant: ApplicantPrincipal, id: string, version: number): Promise<DeclarationView> {
    await this.sequelize.transaction(async (transaction) => {
      const declaration = await this.findOwn(applicant, id, transaction);
      const from = declaration.status;
      if (from !== 'draft' && from !== 'submitted') {
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
    const declaration = await findDeclaration(id, { where: { applicantId: applicant.id }, transaction });
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
    if (declaration.status !== 'draft') {
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
