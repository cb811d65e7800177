import type { DeclarationView } from '@smartgate/shared-models';
import { Op, QueryTypes, type Sequelize, type Transaction } from 'sequelize';

import { RENDER_RESULT_JOB, renderResultJobId } from '../../jobs/render-result/render-result.job';
import { InvalidStatusTransitionError, NotFoundError } from '../../lib/errors';
import type { OfficerPrincipal } from '../../lib/principal';
import { officerGateScope } from '../accounts/gate-access';
import { withChangeRequests } from '../change-requests/change-request-views';
import { toDeclarationView } from '../declarations/declaration-views';
import { withDocumentWarnings } from '../declarations/document-rule-checks';
import { findDeclaration } from '../declarations/declarations.repository';
import { insertOutboxMessage } from '../outbox/outbox.repository';
import { recordOfficerAudit } from '../review/audit-log.repository';
import type { ResultStatus } from './result-rules';
import { findResultViews } from './results.repository';

/** Officer roles that may generate a failed result again; the same roles see the queue page. */
export const RESULT_RETRY_ROLES = ['supervisor', 'administrator'] as const;

async function lockResultOf(
  sequelize: Sequelize,
  declarationId: string,
  transaction: Transaction,
): Promise<{ id: string; status: ResultStatus; version: number } | undefined> {
  const [row] = await sequelize.query<{ id: string; status: ResultStatus; version: number }>(
    `SELECT id, status, version FROM results WHERE declaration_id = :declarationId FOR UPDATE`,
    { replacements: { declarationId }, transaction, type: QueryTypes.SELECT },
  );
  return row;
}

/**
 * Puts a failed result back to pending under the next version and writes the outbox row of
 * that version's render job, in one transaction. The new version gives the job a new id, so
 * BullMQ runs it even though the failed job of the old version is still kept. A second click
 * finds the result pending and gets 409, so it adds no job.
 */
export async function retryFailedResult(
  sequelize: Sequelize,
  request: { officer: OfficerPrincipal; ip: string | undefined },
  declarationId: string,
): Promise<DeclarationView> {
  await sequelize.transaction(async (transaction) => {
    const declaration = await findDeclaration(declarationId, {
      where: { status: { [Op.ne]: 'draft' }, ...officerGateScope(request.officer) },
      transaction,
    });
    if (!declaration) {
      throw new NotFoundError();
    }

    const result = await lockResultOf(sequelize, declarationId, transaction);
    if (result?.status !== 'failed') {
      throw new InvalidStatusTransitionError('resultNotFailed');
    }

    const version = result.version + 1;
    await sequelize.query(
      `UPDATE results SET status = 'pending', version = :version, updated_at = now() WHERE id = :resultId`,
      { replacements: { resultId: result.id, version }, transaction },
    );
    const payload = { resultId: result.id, version };
    await insertOutboxMessage(sequelize, transaction, {
      jobName: RENDER_RESULT_JOB,
      jobId: renderResultJobId(payload),
      payload,
    });
    await recordOfficerAudit(
      { officerId: request.officer.id, action: 'result.retried', declarationId, ip: request.ip },
      transaction,
    );
  });

  const declaration = await findDeclaration(declarationId);
  if (!declaration) {
    throw new NotFoundError();
  }
  const results = await findResultViews(sequelize, [declarationId]);
  const view = await withDocumentWarnings(toDeclarationView(declaration, results.get(declarationId) ?? null));
  return withChangeRequests(view, 'officer');
}
