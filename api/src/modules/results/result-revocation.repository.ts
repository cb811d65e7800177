import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

import { InvalidStatusTransitionError } from '../../lib/errors';

/** The officer, time and reason of a result revocation. */
export interface ResultRevocationInput {
  declarationId: string;
  officerId: string;
  reason: string;
  revokedAt: Date;
}

/**
 * Revokes the issued result of a declaration in the caller's transaction and returns its id.
 * The row lock makes a concurrent second revocation wait, then find the result revoked and
 * fail with 409 like any revocation of a result that is not issued.
 */
export async function revokeIssuedResult(
  sequelize: Sequelize,
  transaction: Transaction,
  input: ResultRevocationInput,
): Promise<string> {
  const [result] = await sequelize.query<{ id: string; status: string }>(
    `SELECT id, status FROM results WHERE declaration_id = :declarationId FOR UPDATE`,
    { replacements: { declarationId: input.declarationId }, transaction, type: QueryTypes.SELECT },
  );
  if (result?.status !== 'issued') {
    throw new InvalidStatusTransitionError('resultNotIssued');
  }

  await sequelize.query(
    `UPDATE results
     SET status = 'revoked', revoked_at = :revokedAt, revoked_by = :officerId,
         revocation_reason = :reason, updated_at = now()
     WHERE id = :resultId`,
    {
      replacements: {
        resultId: result.id,
        revokedAt: input.revokedAt,
        officerId: input.officerId,
        reason: input.reason,
      },
      transaction,
    },
  );
  return result.id;
}
