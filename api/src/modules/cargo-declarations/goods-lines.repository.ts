import { randomUUID } from 'node:crypto';

import type { GoodsLineDraft } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

import { sequelizeOf } from '../../lib/transaction-sequelize';

/** A stored goods line. Numeric columns come back from pg as strings, never as floats. */
export interface GoodsLineRow {
  declarationId: string;
  position: number;
  hsCode: string | null;
  description: string | null;
  quantity: string | null;
  unitCode: string | null;
  netWeightKg: string | null;
  grossWeightKg: string | null;
  value: string | null;
  currency: string | null;
  originCountry: string | null;
}

const COLUMNS = `declaration_id AS "declarationId", position, hs_code AS "hsCode", description,
  quantity::text AS quantity, unit_code AS "unitCode", net_weight_kg::text AS "netWeightKg",
  gross_weight_kg::text AS "grossWeightKg", value::text AS value, currency,
  origin_country AS "originCountry"`;

/** Loads the goods lines of declarations, in order, grouped by declaration id. */
export async function findGoodsLines(
  sequelize: Sequelize,
  declarationIds: readonly string[],
  transaction?: Transaction,
): Promise<Map<string, GoodsLineRow[]>> {
  const byDeclaration = new Map<string, GoodsLineRow[]>(declarationIds.map((id) => [id, []]));
  if (declarationIds.length === 0) {
    return byDeclaration;
  }

  const rows = await sequelize.query<GoodsLineRow>(
    `SELECT ${COLUMNS} FROM declaration_goods_lines
      WHERE declaration_id IN (:declarationIds)
      ORDER BY declaration_id, position`,
    { replacements: { declarationIds }, type: QueryTypes.SELECT, transaction },
  );
  for (const row of rows) {
    byDeclaration.get(row.declarationId)?.push(row);
  }
  return byDeclaration;
}

/**
 * Replaces every goods line of a declaration with the draft's lines, in order. Decimals are
 * bound as the strings the schema produced, so PostgreSQL parses them into `numeric` exactly.
 */
export async function replaceGoodsLines(
  sequelize: Sequelize,
  declarationId: string,
  lines: readonly GoodsLineDraft[],
  transaction: Transaction,
): Promise<void> {
  await sequelize.query('DELETE FROM declaration_goods_lines WHERE declaration_id = :declarationId', {
    replacements: { declarationId },
    transaction,
  });

  for (const [position, line] of lines.entries()) {
    await sequelize.query(
      `INSERT INTO declaration_goods_lines
         (id, declaration_id, position, hs_code, description, quantity, unit_code,
          net_weight_kg, gross_weight_kg, value, currency, origin_country)
       VALUES
         (:id, :declarationId, :position, :hsCode, :description, :quantity, :unitCode,
          :netWeightKg, :grossWeightKg, :value, :currency, :originCountry)`,
      {
        replacements: {
          id: randomUUID(),
          declarationId,
          position,
          hsCode: line.hsCode ?? null,
          description: line.description ?? null,
          quantity: line.quantity ?? null,
          unitCode: line.unitCode ?? null,
          netWeightKg: line.netWeightKg ?? null,
          grossWeightKg: line.grossWeightKg ?? null,
          value: line.value ?? null,
          currency: line.currency ?? null,
          originCountry: line.originCountry ?? null,
        },
        transaction,
      },
    );
  }
}

/** Counts the goods lines of a declaration; a travel declaration has none. */
export async function countGoodsLines(declarationId: string, transaction: Transaction): Promise<number> {
  const sequelize = sequelizeOf(transaction);
  const [row] = await sequelize.query<{ count: number }>(
    'SELECT count(*)::int AS count FROM declaration_goods_lines WHERE declaration_id = :declarationId',
    { replacements: { declarationId }, type: QueryTypes.SELECT, transaction },
  );
  return row.count;
}
