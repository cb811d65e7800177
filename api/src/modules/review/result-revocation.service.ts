import type { DeclarationView, ResultRevocation } from '@smartgate/shared-models';
import { Op, type Sequelize, type Transaction } from 'sequelize';

import { SEND_EMAIL_JOB, sendEmailJobId, type SendEmailPayload } from '../../jobs/send-email/send-email.job';
import { InvalidStatusTransitionError, NotFoundError, VersionConflictError } from '../../lib/errors';
import type { OfficerPrincipal } from '../../lib/principal';
import { officerGateScope } from '../accounts/gate-access';
import { withCargoSection } from '../cargo-declarations/cargo-section';
import { withChangeRequests } from '../change-requests/change-request-views';
import { toDeclarationView } from '../declarations/declaration-views';
import { withDocumentWarnings } from '../declarations/document-rule-checks';
import type { DeclarationModel } from '../declarations/declarations.models';
import { advanceVersion, findDeclaration, recordStatusChange } from '../declarations/declarations.repository';
import { insertOutboxMessage } from '../outbox/outbox.repository';
import { revokeIssuedResult } from '../results/result-revocation.repository';
import { findResultViews } from '../results/results.repository';
import { recordOfficerAudit } from './audit-log.repository';
import type { OfficerRequest } from './review.service';

/** A supervisor's revocation of an issued result. The caller has checked the officer's role. */
export class ResultRevocationService {
  constructor(private readonly sequelize: Sequelize) {}

  /**
   * Revokes the result of an issued declaration in one transaction: the result row, a
   * declaration event, an audit row and the outbox message that e-mails the applicant once
   * the transaction commits. The declaration stays issued, because the result is what ends.
   */
  async revoke(
    { officer, ip }: OfficerRequest,
    id: string,
    decision: ResultRevocation,
  ): Promise<DeclarationView> {
    await this.sequelize.transaction(async (transaction) => {
      await this.findRevocable(id, officer, decision.version, transaction);
      const resultId = await revokeIssuedResult(this.sequelize, transaction, {
        declarationId: id,
        officerId: officer.id,
        reason: decision.reason,
        revokedAt: new Date(),
      });

      if (!(await advanceVersion(id, { version: decision.version, status: 'issued' }, {}, transaction))) {
        throw new VersionConflictError();
      }
      const change = { from: 'issued' as const, to: 'issued' as const, reason: decision.reason };
      await recordStatusChange(id, change, { type: 'officer', id: officer.id }, transaction);
      await recordOfficerAudit(
        { officerId: officer.id, action: 'result.revoked', declarationId: id, ip },
        transaction,
      );
      await this.queueNotice(resultId, transaction);
    });

    return this.view(id);
  }

  private async findRevocable(
    id: string,
    officer: OfficerPrincipal,
    version: number,
    transaction: Transaction,
  ): Promise<void> {
    const declaration = await findDeclaration(id, {
      where: { status: { [Op.ne]: 'draft' }, ...officerGateScope(officer) },
      transaction,
    });
    if (!declaration) {
      throw new NotFoundError();
    }
    if (declaration.version !== version) {
      throw new VersionConflictError();
    }
    if (declaration.status !== 'issued') {
      throw new InvalidStatusTransitionError('resultNotIssued');
    }
  }

  private async queueNotice(resultId: string, transaction: Transaction): Promise<void> {
    const payload: SendEmailPayload = { notice: 'result-revoked', resultId };
    await insertOutboxMessage(this.sequelize, transaction, {
      jobName: SEND_EMAIL_JOB,
      jobId: sendEmailJobId(payload),
      payload,
    });
  }

  private async view(id: string): Promise<DeclarationView> {
    const declaration = (await findDeclaration(id)) as DeclarationModel;
    const results = await findResultViews(this.sequelize, [id]);
    const view = await withDocumentWarnings(toDeclarationView(declaration, results.get(id) ?? null));
    return withCargoSection(this.sequelize, await withChangeRequests(view, 'officer'), declaration);
  }
}
