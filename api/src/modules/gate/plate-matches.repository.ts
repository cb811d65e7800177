import type { PlateMatch } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

import { findGoodsSummaries } from './gate-cargo.repository';

/** Maximum number of matches kept per read. More than one already needs the officer to choose. */
const MAX_MATCHES = 5;

/** Adds the goods summary of each matched consignment; travel matches get none. */
async function withGoods(sequelize: Sequelize, matches: PlateMatch[], transaction?: Transaction) {
  const summaries = await findGoodsSummaries(
    sequelize,
    matches.map((match) => match.declarationId),
    transaction,
  );
  return matches.map((match) => {
    const goods = summaries.get(match.declarationId);
    return goods ? { ...match, goods } : match;
  });
}

/**
 * Finds the declarations of a gate whose vehicle or trailer carries the plate and whose result
 * is issued, not used and valid today at the gate: private vehicles of travellers and the trucks
 * and trailers of consignments.
 */
export async function findPlateMatches(
  sequelize: Sequelize,
  query: { gateCode: string; searchKey: string; today: string },
  transaction?: Transaction,
): Promise<PlateMatch[]> {
  const matches = await sequelize.query<PlateMatch>(
    `SELECT d.id AS "declarationId", r.number AS "resultNumber",
            (SELECT count(*) FROM declaration_travellers t WHERE t.declaration_id = d.id)::int AS "travellerCount"
     FROM declarations d JOIN results r ON r.declaration_id = d.id
     WHERE (d.vehicle_plate_search_key = :searchKey OR d.trailer_plate_search_key = :searchKey)
       AND r.gate_code = :gateCode AND r.status = 'issued' AND r.used_at IS NULL
       AND CAST(:today AS date) BETWEEN r.valid_from AND r.valid_until
     ORDER BY d.planned_crossing_date, r.number
     LIMIT ${MAX_MATCHES}`,
    { replacements: query, transaction, type: QueryTypes.SELECT },
  );
  return withGoods(sequelize, matches, transaction);
}

/** Describes stored matches again for a list of reads: number, traveller count and goods by declaration id. */
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
  const described = await withGoods(sequelize, rows);
  return new Map(described.map((row) => [row.declarationId, row]));
}
