import type { ScreeningFlagKind, ScreeningSubject, WatchlistMatchKind } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

import { ENTRY, ENTRY_IN_FORCE, NO_ENTRY, NO_EXPIRY, NO_REJECTION, REJECTION } from './screening-columns';

/** One flag as the screening queries return it, before it becomes a `ScreeningFlag`. */
export interface ScreeningFlagRow {
  declarationId: string;
  kind: ScreeningFlagKind;
  subject: ScreeningSubject;
  travellerPosition: number | null;
  goodsLinePosition: number | null;
  value: string;
  entryId: string | null;
  entryMatchKind: WatchlistMatchKind | null;
  entryReason: string | null;
  entryExpiresAt: Date | null;
  rejectedId: string | null;
  rejectedReferenceCode: string | null;
  rejectedDecidedAt: Date | null;
  rejectedReason: string | null;
  expiresOn: string | null;
  neededUntil: string | null;
}

/** The kind of each screened declaration, to tell which need the cargo checks. */
export interface ScreenedDeclarationRow {
  id: string;
  kind: 'travel' | 'cargo';
  direction: string | null;
}

/**
 * The flags of travellers and private vehicles, for declarations `$1`, in one statement. Every
 * branch reads the declarations' own rows by primary key and looks the other side up through
 * an index: watchlist entries by (kind, key), travellers of other declarations by document
 * number, declarations by plate search key.
 */
const TRAVEL_FLAGS_SQL = `
WITH d AS (
  SELECT d.id, d.planned_crossing_date, d.vehicle_plate_number, d.vehicle_plate_search_key,
         d.planned_crossing_date + (coalesce(g.result_validity_days, 3) - 1) AS valid_until
    FROM declarations d LEFT JOIN gates g ON g.code = d.gate_code
   WHERE d.id = ANY($1::uuid[])
), t AS (
  SELECT t.declaration_id, t.position, t.full_name, t.full_name_folded, t.date_of_birth, t.nationality,
         t.document_type, t.document_number, t.document_expiry_date
    FROM declaration_travellers t WHERE t.declaration_id = ANY($1::uuid[])
)
SELECT t.declaration_id AS "declarationId", 'watchlist' AS kind, 'documentNumber' AS subject,
       t.position AS "travellerPosition", NULL::int AS "goodsLinePosition", t.document_number AS value,
       ${ENTRY}, ${NO_REJECTION}, ${NO_EXPIRY}
  FROM t JOIN watchlist_entries w
    ON ${ENTRY_IN_FORCE} AND w.match_kind = 'document_number' AND w.search_key = t.document_number
   AND (w.document_type IS NULL OR w.document_type = t.document_type)
   AND (w.document_country IS NULL OR w.document_country = t.nationality)
UNION ALL
SELECT t.declaration_id, 'watchlist', 'fullName', t.position, NULL, t.full_name, ${ENTRY}, ${NO_REJECTION}, ${NO_EXPIRY}
  FROM t JOIN watchlist_entries w
    ON ${ENTRY_IN_FORCE} AND w.match_kind = 'name' AND w.search_key = t.full_name_folded
   AND (w.date_of_birth IS NULL OR w.date_of_birth = t.date_of_birth)
UNION ALL
SELECT d.id, 'watchlist', 'vehiclePlate', NULL, NULL, d.vehicle_plate_number, ${ENTRY}, ${NO_REJECTION}, ${NO_EXPIRY}
  FROM d JOIN watchlist_entries w
    ON ${ENTRY_IN_FORCE} AND w.match_kind = 'plate' AND w.search_key = d.vehicle_plate_search_key
UNION ALL
SELECT t.declaration_id, 'document_expired', 'documentNumber', t.position, NULL, t.document_number,
       ${NO_ENTRY}, ${NO_REJECTION}, t.document_expiry_date::text, d.planned_crossing_date::text
  FROM t JOIN d ON d.id = t.declaration_id
 WHERE t.document_expiry_date < d.planned_crossing_date
UNION ALL
SELECT t.declaration_id, 'document_expires_in_validity', 'documentNumber', t.position, NULL, t.document_number,
       ${NO_ENTRY}, ${NO_REJECTION}, t.document_expiry_date::text, d.valid_until::text
  FROM t JOIN d ON d.id = t.declaration_id
 WHERE t.document_expiry_date >= d.planned_crossing_date AND t.document_expiry_date < d.valid_until
UNION ALL
SELECT t.declaration_id, 'earlier_rejection', 'documentNumber', t.position, NULL, t.document_number,
       ${NO_ENTRY}, ${REJECTION}, ${NO_EXPIRY}
  FROM t CROSS JOIN LATERAL (
    SELECT r.id, r.reference_code, r.decided_at, r.rejection_reason
      FROM declaration_travellers other JOIN declarations r ON r.id = other.declaration_id
     WHERE other.document_number = t.document_number AND other.declaration_id <> t.declaration_id
       AND r.status = 'rejected'
     ORDER BY r.decided_at DESC NULLS LAST LIMIT 1) r
UNION ALL
SELECT d.id, 'earlier_rejection', 'vehiclePlate', NULL, NULL, d.vehicle_plate_number,
       ${NO_ENTRY}, ${REJECTION}, ${NO_EXPIRY}
  FROM d CROSS JOIN LATERAL (
    SELECT r.id, r.reference_code, r.decided_at, r.rejection_reason
      FROM declarations r
     WHERE r.vehicle_plate_search_key = d.vehicle_plate_search_key AND r.id <> d.id AND r.status = 'rejected'
     ORDER BY r.decided_at DESC NULLS LAST LIMIT 1) r
`;

/** Loads the kind and direction of the declarations to screen. */
export async function findScreenedDeclarations(
  sequelize: Sequelize,
  ids: string[],
  transaction?: Transaction,
): Promise<ScreenedDeclarationRow[]> {
  return sequelize.query<ScreenedDeclarationRow>(
    'SELECT id, kind, direction FROM declarations WHERE id = ANY($1::uuid[])',
    { bind: [ids], type: QueryTypes.SELECT, transaction },
  );
}

/** Finds the traveller and vehicle flags of several declarations in one query. */
export async function findTravelFlags(
  sequelize: Sequelize,
  ids: string[],
  transaction?: Transaction,
): Promise<ScreeningFlagRow[]> {
  return sequelize.query<ScreeningFlagRow>(TRAVEL_FLAGS_SQL, {
    bind: [ids],
    type: QueryTypes.SELECT,
    transaction,
  });
}
