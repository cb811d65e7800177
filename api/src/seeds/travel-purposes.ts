import type { Sequelize, Transaction } from 'sequelize';

import { upsertByCode } from './upsert';

const PURPOSES = [
  { code: 'work', name_vi: 'Làm việc', name_en: 'Work' },
  { code: 'business', name_vi: 'Kinh doanh, thương mại', name_en: 'Business' },
  { code: 'family_visit', name_vi: 'Thăm thân', name_en: 'Family visit' },
  { code: 'tourism', name_vi: 'Du lịch', name_en: 'Tourism' },
  { code: 'border_residence', name_vi: 'Cư dân biên giới qua lại', name_en: 'Border-area residence' },
  { code: 'other', name_vi: 'Mục đích khác', name_en: 'Other' },
];

/** Inserts the travel purposes. Administrators may rename them later, so existing rows are kept as they are. */
export async function seedTravelPurposes(sequelize: Sequelize, transaction: Transaction): Promise<void> {
  const rows = PURPOSES.map((purpose, index) => ({ ...purpose, sort_order: index, active: true }));
  await upsertByCode(sequelize, 'travel_purposes', rows, { overwrite: false, transaction });
}
