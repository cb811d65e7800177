import type { Sequelize, Transaction } from 'sequelize';

import { upsertByCode } from './upsert';

/**
 * Units of quantity for goods lines. Codes follow UN/ECE Recommendation 20 in lower case where
 * one exists (`tne`, `ltr`, `mtq`). `decimals` is how many decimal places a quantity may have:
 * none for things counted one by one, 3 for measures (kilograms to the gram).
 */
const UNITS = [
  { code: 'kg', name_vi: 'Kilôgam', name_en: 'Kilogram', name_km: 'គីឡូក្រាម', decimals: 3 },
  { code: 'tne', name_vi: 'Tấn', name_en: 'Tonne', name_km: 'តោន', decimals: 3 },
  { code: 'pce', name_vi: 'Chiếc', name_en: 'Piece', name_km: 'គ្រឿង', decimals: 0 },
  { code: 'set', name_vi: 'Bộ', name_en: 'Set', name_km: 'ឈុត', decimals: 0 },
  { code: 'bag', name_vi: 'Bao', name_en: 'Bag', name_km: 'បាវ', decimals: 0 },
  { code: 'ctn', name_vi: 'Thùng các-tông', name_en: 'Carton', name_km: 'កេស', decimals: 0 },
  { code: 'ltr', name_vi: 'Lít', name_en: 'Litre', name_km: 'លីត្រ', decimals: 3 },
  { code: 'mtq', name_vi: 'Mét khối', name_en: 'Cubic metre', name_km: 'ម៉ែត្រគូប', decimals: 3 },
] as const;

/** Upserts the units, keeping the decimals an administrator may have changed. */
export async function seedUnits(sequelize: Sequelize, transaction: Transaction): Promise<void> {
  await upsertByCode(
    sequelize,
    'units',
    UNITS.map((unit, position) => ({ ...unit, position })),
    { overwrite: true, insertOnlyColumns: ['decimals'], transaction },
  );
}
