import type { Sequelize, Transaction } from 'sequelize';

import { fillBlankColumn, upsertByCode } from './upsert';

const PURPOSES = [
  { code: 'work', name_vi: 'Làm việc', name_en: 'Work', name_km: 'ធ្វើការ' },
  {
    code: 'business',
    name_vi: 'Kinh doanh, thương mại',
    name_en: 'Business',
    name_km: 'អាជីវកម្ម និងពាណិជ្ជកម្ម',
  },
  { code: 'family_visit', name_vi: 'Thăm thân', name_en: 'Family visit', name_km: 'សួរសុខទុក្ខសាច់ញាតិ' },
  { code: 'tourism', name_vi: 'Du lịch', name_en: 'Tourism', name_km: 'ទេសចរណ៍' },
  {
    code: 'border_residence',
    name_vi: 'Cư dân biên giới qua lại',
    name_en: 'Border-area residence',
    name_km: 'អ្នករស់នៅតំបន់ព្រំដែនធ្វើដំណើរទៅមក',
  },
  { code: 'other', name_vi: 'Mục đích khác', name_en: 'Other', name_km: 'គោលបំណងផ្សេងទៀត' },
];

/**
 * Inserts the travel purposes. Administrators may rename them later, so existing rows are kept as
 * they are, except that a missing Khmer name is filled in.
 */
export async function seedTravelPurposes(sequelize: Sequelize, transaction: Transaction): Promise<void> {
  const rows = PURPOSES.map((purpose, index) => ({ ...purpose, sort_order: index, active: true }));
  await upsertByCode(sequelize, 'travel_purposes', rows, { overwrite: false, transaction });

  const khmerNames = Object.fromEntries(PURPOSES.map((purpose) => [purpose.code, purpose.name_km]));
  await fillBlankColumn(sequelize, 'travel_purposes', 'name_km', khmerNames, transaction);
}
