import type { AuditEntryView, AuditSearchQuery } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize } from 'sequelize';

/** The time zone of the gates' local days, in which the search's `from` and `to` are read. */
export const AUDIT_SEARCH_TIME_ZONE = 'Asia/Ho_Chi_Minh';

interface AuditEntryRow extends Omit<AuditEntryView, 'at'> {
  at: Date;
}

/** Filters of one audit query, each optional; `declarationId` and `referenceCode` name one record. */
export interface AuditEntryFilter {
  declarationId?: string;
  referenceCode?: string;
  officerId?: string;
  action?: string;
  ip?: string;
  from?: string;
  to?: string;
}

/** Builds the WHERE clause and its bind values; every value is a bind parameter, never spliced in. */
function whereClause(filter: AuditEntryFilter): { sql: string; bind: unknown[] } {
  const conditions: string[] = [];
  const bind: unknown[] = [];
  const add = (condition: (parameter: string) => string, value: unknown) => {
    bind.push(value);
    conditions.push(condition(`$${bind.length}`));
  };

  if (filter.declarationId) add((p) => `l.declaration_id = ${p}::uuid`, filter.declarationId);
  if (filter.referenceCode) {
    add(
      (p) => `l.declaration_id IN (SELECT id FROM declarations WHERE reference_code = ${p})`,
      filter.referenceCode,
    );
  }
  if (filter.officerId) add((p) => `l.actor_type = 'officer' AND l.actor_id = ${p}::uuid`, filter.officerId);
  if (filter.action) add((p) => `l.action = ${p}`, filter.action);
  if (filter.ip) add((p) => `l.ip = ${p}`, filter.ip);
  // Local days at the gates: `from` starts at local midnight, `to` ends at the next one.
  if (filter.from)
    add((p) => `l.at >= (${p}::date::timestamp AT TIME ZONE '${AUDIT_SEARCH_TIME_ZONE}')`, filter.from);
  if (filter.to)
    add((p) => `l.at < ((${p}::date + 1)::timestamp AT TIME ZONE '${AUDIT_SEARCH_TIME_ZONE}')`, filter.to);

  return { sql: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', bind };
}

/** Reads one page of audit entries, newest first, and the number of entries matching the filter. */
export async function findAuditEntries(
  sequelize: Sequelize,
  filter: AuditEntryFilter,
  paging: Pick<AuditSearchQuery, 'page' | 'pageSize'>,
): Promise<{ items: AuditEntryView[]; total: number }> {
  const where = whereClause(filter);
  const limit = where.bind.length + 1;

  const rows = await sequelize.query<AuditEntryRow>(
    `SELECT l.id::text AS id, l.at, l.actor_type AS "actorType", l.actor_id AS "actorId",
            o.full_name AS "officerName", o.username AS "officerUsername", l.action,
            l.declaration_id AS "declarationId", d.reference_code AS "referenceCode", l.ip, l.details
       FROM audit_log l
       LEFT JOIN officers o ON l.actor_type = 'officer' AND o.id = l.actor_id
       LEFT JOIN declarations d ON d.id = l.declaration_id
       ${where.sql}
      ORDER BY l.id DESC
      LIMIT $${limit} OFFSET $${limit + 1}`,
    {
      bind: [...where.bind, paging.pageSize, (paging.page - 1) * paging.pageSize],
      type: QueryTypes.SELECT,
    },
  );
  const [count] = await sequelize.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM audit_log l ${where.sql}`,
    { bind: where.bind, type: QueryTypes.SELECT },
  );

  return {
    items: rows.map((row) => ({ ...row, at: new Date(row.at).toISOString() })),
    total: count.total,
  };
}

/** Returns the time zone of the declaration's gate, in which its trail shows local times. */
export async function findDeclarationTimeZone(sequelize: Sequelize, declarationId: string): Promise<string> {
  const [row] = await sequelize.query<{ timeZone: string | null }>(
    `SELECT g.time_zone AS "timeZone"
       FROM declarations d LEFT JOIN gates g ON g.code = d.gate_code
      WHERE d.id = $1`,
    { bind: [declarationId], type: QueryTypes.SELECT },
  );
  return row?.timeZone ?? AUDIT_SEARCH_TIME_ZONE;
}
