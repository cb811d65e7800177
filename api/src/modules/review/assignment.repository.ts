import type { DeclarationStatus } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

import type { DeclarationHolder } from '../../lib/errors';
import { sequelizeOf } from '../../lib/transaction-sequelize';

/** A declaration's hold as stored, with the fields that decide who may see and hold it. */
export interface DeclarationHoldRow {
  id: string;
  status: DeclarationStatus;
  version: number;
  gateCode: string | null;
  submittedAt: Date | null;
  holder: DeclarationHolder | null;
}

interface HoldQueryRow {
  id: string;
  status: DeclarationStatus;
  version: number;
  gateCode: string | null;
  submittedAt: Date | null;
  assignedOfficerId: string | null;
  assignedOfficerName: string | null;
  assignedAt: Date | null;
}

function toHoldRow(row: HoldQueryRow): DeclarationHoldRow {
  const holder =
    row.assignedOfficerId && row.assignedAt
      ? {
          officerId: row.assignedOfficerId,
          officerName: row.assignedOfficerName ?? '',
          assignedAt: new Date(row.assignedAt).toISOString(),
        }
      : null;
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    gateCode: row.gateCode,
    submittedAt: row.submittedAt,
    holder,
  };
}

/**
 * Reads a declaration's assignment, or returns null. Inside a transaction the row stays locked
 * (`FOR UPDATE`) until it ends, so a concurrent assignment or decision waits and then reads the outcome.
 */
export async function findDeclarationHold(
  sequelize: Sequelize,
  id: string,
  transaction?: Transaction,
): Promise<DeclarationHoldRow | null> {
  const [row] = await sequelize.query<HoldQueryRow>(
    `SELECT d.id, d.status, d.version, d.gate_code AS "gateCode", d.submitted_at AS "submittedAt",
            d.assigned_officer_id AS "assignedOfficerId", o.full_name AS "assignedOfficerName",
            d.assigned_at AS "assignedAt"
       FROM declarations d
       LEFT JOIN officers o ON o.id = d.assigned_officer_id
      WHERE d.id = $1
      ${transaction ? 'FOR UPDATE OF d' : ''}`,
    { bind: [id], transaction, type: QueryTypes.SELECT },
  );
  return row ? toHoldRow(row) : null;
}

/** Sets or clears the officer holding a declaration; the version stays, as the data is unchanged. */
export async function setDeclarationHolder(
  transaction: Transaction,
  id: string,
  officerId: string | null,
): Promise<void> {
  await sequelizeOf(transaction).query(
    `UPDATE declarations
        SET assigned_officer_id = $2::uuid,
            assigned_at = CASE WHEN $2::uuid IS NULL THEN NULL ELSE now() END
      WHERE id = $1`,
    { bind: [id, officerId], transaction },
  );
}
