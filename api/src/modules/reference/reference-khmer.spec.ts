import type { Country, TravelPurpose } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { seedGates } from '../../seeds/gates';
import { ApiClient } from '../../test/api-client';
import { testEnvironment } from '../../test/test-environment';

describe('Khmer reference names', () => {
  it('name every travel purpose in Khmer', async () => {
    const client = await ApiClient.create({ language: 'km' });

    const purposes = (await client.get('/api/public/purposes').expect(200)).body as TravelPurpose[];

    expect(purposes.find((purpose) => purpose.code === 'work')?.nameKm).toBe('ធ្វើការ');
    for (const purpose of purposes) {
      expect(purpose.nameKm?.trim()).withContext(purpose.code).toBeTruthy();
    }
  });

  it('sort countries by Khmer name for Khmer readers', async () => {
    const client = await ApiClient.create({ language: 'km' });

    const countries = (await client.get('/api/public/countries').expect(200)).body as Country[];

    const names = countries.map((country) => country.nameKm ?? country.nameEn);
    expect(names).toEqual([...names].sort(new Intl.Collator('km').compare));
    expect(countries.every((country) => typeof country.nameKm === 'string')).toBeTrue();
  });

  it('fill a missing gate name but keep an edited one', async () => {
    const { sequelize } = testEnvironment();
    const transaction = await sequelize.transaction();
    const khmerName = async () =>
      (
        await sequelize.query<{ name_km: string | null }>("SELECT name_km FROM gates WHERE code = 'LT'", {
          transaction,
          type: QueryTypes.SELECT,
          plain: true,
        })
      )?.name_km;

    try {
      await sequelize.query("UPDATE gates SET name_km = NULL WHERE code = 'LT'", { transaction });
      await seedGates(sequelize, transaction);
      expect(await khmerName()).toBe('ច្រកព្រំដែនអន្តរជាតិឡេថាញ់');

      await sequelize.query("UPDATE gates SET name_km = 'ឈ្មោះកែប្រែ' WHERE code = 'LT'", { transaction });
      await seedGates(sequelize, transaction);
      expect(await khmerName()).toBe('ឈ្មោះកែប្រែ');
    } finally {
      await transaction.rollback();
    }
  });
});
