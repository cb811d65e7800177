import { testEnvironment } from '../../test/test-environment';
import { insertSubmittedDeclaration } from './results-fixtures';
import { loadResultVehicle } from './result-vehicle.repository';

describe('loadResultVehicle', () => {
  async function declarationWithVehicle(columns: Record<string, string | null>): Promise<string> {
    const { sequelize } = testEnvironment();
    const { declarationId } = await insertSubmittedDeclaration(sequelize);
    await sequelize.query(
      `UPDATE declarations SET vehicle_kind = :kind, vehicle_plate_country = :country,
              vehicle_plate_number = :plate WHERE id = :declarationId`,
      { replacements: { kind: null, country: null, plate: null, ...columns, declarationId } },
    );
    return declarationId;
  }

  it('loads the vehicle with the country in both languages', async () => {
    const id = await declarationWithVehicle({ kind: 'motorbike', country: 'KHM', plate: '1A-2345' });

    const vehicle = await loadResultVehicle(testEnvironment().sequelize, id);

    expect(vehicle).toEqual({
      kind: 'motorbike',
      plateNumber: '1A-2345',
      plateCountry: { code: 'KHM', nameVi: 'Campuchia', nameEn: 'Cambodia' },
    });
  });

  it('returns nothing for a declaration without a vehicle', async () => {
    const id = await declarationWithVehicle({});

    expect(await loadResultVehicle(testEnvironment().sequelize, id)).toBeUndefined();
  });
});
