import { QueryTypes, type Transaction } from 'sequelize';

import { testEnvironment } from '../test/test-environment';
import { seedReasonTemplates } from './reason-templates';

const PHYTOSANITARY_VI = 'Thiếu giấy chứng nhận kiểm dịch thực vật cho hàng hóa có nguồn gốc thực vật.';

describe('seedReasonTemplates', () => {
  let transaction: Transaction;

  // Each case works inside a transaction that it rolls back, so the shared database stays as seeded.
  beforeEach(async () => {
    transaction = await testEnvironment().sequelize.transaction();
  });

  afterEach(async () => {
    await transaction.rollback();
  });

  async function templates(textVi: string): Promise<{ kind: string; text_en: string; active: boolean }[]> {
    return testEnvironment().sequelize.query(
      'SELECT kind, text_en, active FROM reason_templates WHERE text_vi = :textVi',
      { replacements: { textVi }, transaction, type: QueryTypes.SELECT },
    );
  }

  it('adds the cargo templates once', async () => {
    await seedReasonTemplates(testEnvironment().sequelize, transaction);

    expect(await templates(PHYTOSANITARY_VI)).toEqual([
      {
        kind: 'rejection',
        text_en: 'The phytosanitary certificate for the goods of plant origin is missing.',
        active: true,
      },
    ]);
    expect((await templates('Vui lòng bổ sung hóa đơn thương mại của lô hàng.'))[0]?.kind).toBe(
      'change_request',
    );
  });

  it('keeps deactivated or reworded templates', async () => {
    const sequelize = testEnvironment().sequelize;
    await sequelize.query(
      "UPDATE reason_templates SET active = false, text_vi = text_vi || ' (đã sửa)' WHERE text_vi = :textVi",
      { replacements: { textVi: PHYTOSANITARY_VI }, transaction },
    );

    await seedReasonTemplates(sequelize, transaction);

    expect(await templates(PHYTOSANITARY_VI)).toEqual([]);
    expect(await templates(`${PHYTOSANITARY_VI} (đã sửa)`)).toEqual([
      jasmine.objectContaining({ active: false }),
    ]);
  });
});
