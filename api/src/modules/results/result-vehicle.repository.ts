import type { VehicleKind } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize } from 'sequelize';

import type { ResultPdfVehicle } from './pdf/result-pdf-data';

interface VehicleRow {
  kind: VehicleKind | null;
  plateCountry: string | null;
  plateNumber: string | null;
  countryVi: string | null;
  countryEn: string | null;
}

/** Loads the private vehicle of a declaration for its result, or undefined when it has none or an incomplete one. */
export async function loadResultVehicle(
  sequelize: Sequelize,
  declarationId: string,
): Promise<ResultPdfVehicle | undefined> {
  const [row] = await sequelize.query<VehicleRow>(
    `SELECT d.vehicle_kind AS kind, d.vehicle_plate_country AS "plateCountry",
            d.vehicle_plate_number AS "plateNumber", c.name_vi AS "countryVi", c.name_en AS "countryEn"
     FROM declarations d
     LEFT JOIN countries c ON c.code = d.vehicle_plate_country
     WHERE d.id = :declarationId`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
  // Submission checks a vehicle completely, so a partial one is only possible in a draft.
  if (!row?.kind || !row.plateCountry || !row.plateNumber) {
    return undefined;
  }

  return {
    kind: row.kind,
    plateNumber: row.plateNumber,
    plateCountry: {
      code: row.plateCountry,
      nameVi: row.countryVi ?? row.plateCountry,
      nameEn: row.countryEn ?? row.plateCountry,
    },
  };
}
