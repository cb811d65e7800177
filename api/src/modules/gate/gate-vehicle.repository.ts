import { QueryTypes, type Sequelize } from 'sequelize';

/** The private vehicle of a declaration, with its plate as printed. */
export interface GateVehicleRow {
  plateNumber: string;
  plateCountry: string | null;
}

/** Finds the vehicle of a declaration; null when it names none. A consignment's trailer and goods come from `findGateCargo`. */
export async function findGateVehicle(
  sequelize: Sequelize,
  declarationId: string,
): Promise<GateVehicleRow | null> {
  const [row] = await sequelize.query<GateVehicleRow>(
    `SELECT vehicle_plate_number AS "plateNumber", vehicle_plate_country AS "plateCountry"
     FROM declarations WHERE id = :declarationId AND vehicle_plate_number IS NOT NULL`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
  return row ?? null;
}
