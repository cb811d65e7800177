import type { HsCodeOption, HsControl } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

import { HS_COLUMNS } from './goods-reference.repository';

/** Lists every HS code under a control, in code order. The seeded list has a few dozen at most. */
export function listControlledHsCodes(sequelize: Sequelize): Promise<HsCodeOption[]> {
  return sequelize.query<HsCodeOption>(
    `SELECT ${HS_COLUMNS} FROM hs_codes WHERE control IS NOT NULL ORDER BY code`,
    { type: QueryTypes.SELECT },
  );
}

/** Loads an HS code and locks its row until the transaction ends, or returns null. */
export async function lockHsCode(
  sequelize: Sequelize,
  code: string,
  transaction: Transaction,
): Promise<HsCodeOption | null> {
  const [row] = await sequelize.query<HsCodeOption>(
    `SELECT ${HS_COLUMNS} FROM hs_codes WHERE code = :code FOR UPDATE`,
    { replacements: { code }, type: QueryTypes.SELECT, transaction },
  );
  return row ?? null;
}

/**
 * Sets the control of an HS code and returns the stored row. The row is read again after the
 * update, because a `RETURNING` list would compute the effective control from the rows as they
 * were before the statement.
 */
export async function updateHsCodeControl(
  sequelize: Sequelize,
  code: string,
  control: HsControl | null,
  transaction: Transaction,
): Promise<HsCodeOption> {
  await sequelize.query('UPDATE hs_codes SET control = :control WHERE code = :code', {
    replacements: { code, control },
    transaction,
  });
  const [row] = await sequelize.query<HsCodeOption>(`SELECT ${HS_COLUMNS} FROM hs_codes WHERE code = :code`, {
    replacements: { code },
    type: QueryTypes.SELECT,
    transaction,
  });
  return row;
}
