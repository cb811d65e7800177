import type { PlateMatch } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

/** Maximum number of matches kept per read. More than one already needs the officer to choose. */
const MAX_MATCHES = 5;

/**
 * Finds the declarations of a gate whose vehicle carries the plate and whose result is issued,
 * not used and valid today at the gate.
 * NOTE: only private vehicles of crossings carry a plate yet; cargo trucks will match once
 * consignments are declared.
 */
export async function findPlateMatches(
  sequelize: Sequelize,
  query: { gateCode: string; searchKey: string; today: string },
  transaction?: Transaction,
): Promise<PlateMatch[]> {
  return sequelize.query<PlateMatch>(
    `SELECT d.id AS "declarationId", r.number AS "resultNumber",
            (SELECT count(*) FROM declaration_travellers t WHERE t.declaration_id = d.id)::int AS "travellerCount"
     FROM declarations d JOIN results r ON r.declaration_id = d.id
     WHERE d.vehicle_plate_search_key = :searchKey AND r.gate_code = :gateCode
       AND r.status = 'issued' AND r.used_at IS NULL
       AND CAST(:today AS date) BETWEEN r.valid_from AND r.valid_until
     ORDER BY d.planned_crossing_date, r.number
     LIMIT ${MAX_MATCHES}`,
    { replacements: query, transaction, type: QueryTypes.SELECT },
  );
}

/** Describes stored matches again for a list of reads: number and traveller count by declaration id. */
export async function describeMatches(
  sequelize: Sequelize,
  declarationIds: string[],
): Promise<Map<string, PlateMatch>> {
  if (declarationIds.length === 0) {
    return new Map();
  }

  const rows = await sequelize.query<PlateMatch>(
    `SELECT d.id AS "declarationId", r.number AS "resultNumber",
            (SELECT count(*) FROM declaration_travellers t WHERE t.declaration_id = d.id)::int AS "travellerCount"
     FROM declarations d JOIN results r ON r.declaration_id = d.id
     WHERE d.id IN (:declarationIds)`,
    { replacements: { declarationIds }, type: QueryTypes.SELECT },
  );
  return new Map(rows.map((row) => [row.declarationId, row]));
}
