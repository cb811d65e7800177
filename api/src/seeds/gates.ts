import type { Sequelize, Transaction } from 'sequelize';

import { upsertByCode } from './upsert';

/** Inserts Lệ Thanh, the first gate. Administrators may edit gates later, so existing rows are kept as they are. */
export async function seedGates(sequelize: Sequelize, transaction: Transaction): Promise<void> {
  await upsertByCode(
    sequelize,
    'gates',
    [
      {
        code: 'LT',
        name_vi: 'Cửa khẩu quốc tế Lệ Thanh',
        name_en: 'Lệ Thanh International Border Gate',
        facing_gate_name: 'O Yadav',
        facing_province: 'Ratanakiri',
        facing_country: 'KHM',
        time_zone: 'Asia/Ho_Chi_Minh',
        result_validity_days: 3,
      },
    ],
    { overwrite: false, transaction },
  );
}
