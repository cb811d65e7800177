import type { Sequelize, Transaction } from 'sequelize';

import { fillBlankColumn, upsertByCode } from './upsert';

const KHMER_NAMES: Record<string, string> = { LT: 'ច្រកព្រំដែនអន្តរជាតិឡេថាញ់' };

/** The province each gate lies in, which border-resident permits may be valid for. */
const PROVINCES: Record<string, string> = { LT: 'Gia Lai' };

/**
 * Inserts Lệ Thanh, the first gate. Administrators may edit gates later, so existing rows are kept
 * as they are, except that a missing Khmer name or province is filled in.
 */
export async function seedGates(sequelize: Sequelize, transaction: Transaction): Promise<void> {
  await upsertByCode(
    sequelize,
    'gates',
    [
      {
        code: 'LT',
        name_vi: 'Cửa khẩu quốc tế Lệ Thanh',
        name_en: 'Lệ Thanh International Border Gate',
        name_km: KHMER_NAMES['LT'],
        province: PROVINCES['LT'],
        facing_gate_name: 'O Yadav',
        facing_province: 'Ratanakiri',
        facing_country: 'KHM',
        time_zone: 'Asia/Ho_Chi_Minh',
        result_validity_days: 3,
      },
    ],
    { overwrite: false, transaction },
  );
  await fillBlankColumn(sequelize, 'gates', 'name_km', KHMER_NAMES, transaction);
  await fillBlankColumn(sequelize, 'gates', 'province', PROVINCES, transaction);
}
