import type { Sequelize, Transaction } from 'sequelize';

type Row = Record<string, string | number | boolean | null>;

/**
 * Inserts rows keyed by `code`. With `overwrite`, existing rows take the seed's values, except
 * in `insertOnlyColumns`, which only new rows get. Without it they keep what an administrator
 * may have changed. Running it twice changes nothing.
 */
export async function upsertByCode(
  sequelize: Sequelize,
  table: string,
  rows: Row[],
  options: { overwrite: boolean; insertOnlyColumns?: readonly string[]; transaction: Transaction },
): Promise<void> {
  if (rows.length === 0) {
    return;
  }

  const columns = Object.keys(rows[0]);
  const replacements: Row[keyof Row][] = [];
  const tuples = rows.map((row) => {
    const placeholders = columns.map((column) => {
      replacements.push(row[column]);
      return '?';
    });
    return `(${placeholders.join(', ')})`;
  });

  const insertOnly = new Set(['code', ...(options.insertOnlyColumns ?? [])]);
  const updates = columns
    .filter((column) => !insertOnly.has(column))
    .map((column) => `${column} = EXCLUDED.${column}`);
  const onConflict = options.overwrite ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING';

  await sequelize.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')} ON CONFLICT (code) ${onConflict}`,
    { replacements, transaction: options.transaction },
  );
}

/**
 * Sets a column on rows where it is still NULL, keyed by `code`. It gives rows inserted before the
 * column existed the seed's value without replacing one an administrator has set since.
 */
export async function fillBlankColumn(
  sequelize: Sequelize,
  table: string,
  column: string,
  valuesByCode: Record<string, string>,
  transaction: Transaction,
): Promise<void> {
  for (const [code, value] of Object.entries(valuesByCode)) {
    await sequelize.query(`UPDATE ${table} SET ${column} = ? WHERE code = ? AND ${column} IS NULL`, {
      replacements: [value, code],
      transaction,
    });
  }
}
