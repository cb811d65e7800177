import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

import type { AuditChainRow } from './audit-chain';

/** The newest row that the chain head records: the tail that a deletion of the last rows would cut. */
export interface AuditChainHead {
  lastId: string | null;
  lastHash: string;
}

/**
 * Reads up to `limit` rows after `afterId`, in chain order, with each hashed column as text.
 * The ORDER BY names the table's column: the bare `id` would sort by the text alias.
 */
export async function readAuditRows(
  sequelize: Sequelize,
  { afterId, limit }: { afterId: string; limit: number },
  transaction: Transaction,
): Promise<AuditChainRow[]> {
  return sequelize.query<AuditChainRow>(
    `SELECT id::text AS id,
            previous_hash AS "previousHash",
            hash,
            actor_type AS "actorType",
            actor_id::text AS "actorId",
            action,
            declaration_id::text AS "declarationId",
            ip,
            details::text AS details,
            to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at
       FROM audit_log
      WHERE audit_log.id > :afterId
      ORDER BY audit_log.id
      LIMIT :limit`,
    { replacements: { afterId, limit }, transaction, type: QueryTypes.SELECT },
  );
}

/** Reads the chain head, or returns null where the chain was never set up. */
export async function readAuditChainHead(
  sequelize: Sequelize,
  transaction: Transaction,
): Promise<AuditChainHead | null> {
  const [head] = await sequelize.query<AuditChainHead>(
    'SELECT last_id::text AS "lastId", last_hash AS "lastHash" FROM audit_log_chain_head',
    { transaction, type: QueryTypes.SELECT },
  );
  return head ?? null;
}
