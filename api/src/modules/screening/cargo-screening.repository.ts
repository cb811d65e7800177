import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

import { ENTRY, ENTRY_IN_FORCE, NO_ENTRY, NO_EXPIRY, NO_REJECTION, REJECTION } from './screening-columns';
import type { ScreeningFlagRow } from './screening.repository';

/**
 * The flags only cargo declarations raise, for cargo declarations `$1`. A goods line is flagged
 * when its HS code is prohibited or needs a licence, itself or through its chapter, heading or
 * subheading (view `hs_code_effective_controls`). The trailer plate is flagged when it is on the
 * watchlist or on a rejected declaration (as its vehicle or its trailer).
 */
const CARGO_FLAGS_SQL = `
WITH d AS (
  SELECT d.id, d.trailer_plate_number, d.trailer_plate_search_key
    FROM declarations d WHERE d.id = ANY($1::uuid[])
)
SELECT line.declaration_id AS "declarationId",
       CASE hs.control WHEN 'prohibited' THEN 'goods_prohibited' ELSE 'goods_licence_required' END AS kind,
       'goodsLine' AS subject, NULL::int AS "travellerPosition", line.position AS "goodsLinePosition",
       line.hs_code AS value, ${NO_ENTRY}, ${NO_REJECTION}, ${NO_EXPIRY}
  FROM declaration_goods_lines line JOIN hs_code_effective_controls hs ON hs.code = line.hs_code
 WHERE line.declaration_id = ANY($1::uuid[]) AND hs.control IN ('prohibited', 'licence_required')
UNION ALL
SELECT d.id, 'watchlist', 'trailerPlate', NULL, NULL, d.trailer_plate_number,
       ${ENTRY}, ${NO_REJECTION}, ${NO_EXPIRY}
  FROM d JOIN watchlist_entries w
    ON ${ENTRY_IN_FORCE} AND w.match_kind = 'plate' AND w.search_key = d.trailer_plate_search_key
UNION ALL
SELECT d.id, 'earlier_rejection', 'trailerPlate', NULL, NULL, d.trailer_plate_number,
       ${NO_ENTRY}, ${REJECTION}, ${NO_EXPIRY}
  FROM d CROSS JOIN LATERAL (
    SELECT r.id, r.reference_code, r.decided_at, r.rejection_reason
      FROM declarations r
     WHERE (r.trailer_plate_search_key = d.trailer_plate_search_key
            OR r.vehicle_plate_search_key = d.trailer_plate_search_key)
       AND r.id <> d.id AND r.status = 'rejected'
     ORDER BY r.decided_at DESC NULLS LAST LIMIT 1) r
`;

/**
 * Finds the goods and trailer flags of cargo declarations in one query. It reads the cargo
 * tables (goods lines, HS codes, trailer columns), so the caller runs it only for cargo.
 */
export async function findCargoFlags(
  sequelize: Sequelize,
  cargoIds: string[],
  transaction?: Transaction,
): Promise<ScreeningFlagRow[]> {
  if (cargoIds.length === 0) {
    return [];
  }
  return sequelize.query<ScreeningFlagRow>(CARGO_FLAGS_SQL, {
    bind: [cargoIds],
    type: QueryTypes.SELECT,
    transaction,
  });
}
