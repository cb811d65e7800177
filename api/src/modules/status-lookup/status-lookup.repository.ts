import type { DeclarationStatus, DeclarationStatusLookup, Direction } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize } from 'sequelize';

/** A declaration found by its reference code and lead traveller's date of birth, with nothing personal. */
export interface StatusLookupRow {
  referenceCode: string;
  status: DeclarationStatus;
  resultRevoked: boolean;
  direction: Direction;
  plannedCrossingDate: string;
  gateCode: string;
  gateNameVi: string;
  gateNameEn: string;
  gateNameKm: string | null;
}

/**
 * Finds the declaration whose reference code and lead traveller's date of birth both match,
 * in one statement. An unknown code and a wrong date of birth take the same path (one index
 * lookup on the code, then a compare), so neither the response nor its timing distinguishes them.
 */
export async function findDeclarationStatus(
  sequelize: Sequelize,
  lookup: DeclarationStatusLookup,
): Promise<StatusLookupRow | null> {
  const [row] = await sequelize.query<StatusLookupRow>(
    `SELECT d.reference_code AS "referenceCode", d.status, d.direction,
            d.planned_crossing_date AS "plannedCrossingDate",
            g.code AS "gateCode", g.name_vi AS "gateNameVi", g.name_en AS "gateNameEn", g.name_km AS "gateNameKm",
            EXISTS (SELECT 1 FROM results r WHERE r.declaration_id = d.id AND r.status = 'revoked')
              AS "resultRevoked"
     FROM declarations d
     JOIN declaration_travellers lead ON lead.declaration_id = d.id AND lead.position = 0
     JOIN gates g ON g.code = d.gate_code
     WHERE d.reference_code = :referenceCode AND lead.date_of_birth = :leadDateOfBirth
       AND d.submitted_at IS NOT NULL`,
    {
      replacements: { referenceCode: lookup.referenceCode, leadDateOfBirth: lookup.leadDateOfBirth },
      type: QueryTypes.SELECT,
    },
  );
  return row ?? null;
}

/** Outcome of a public status lookup, as counted in `declaration_status_lookups`. */
export type StatusLookupOutcome = 'found' | 'not_found';

/** Counts one lookup by its outcome and time; the row contains nothing that names a person or declaration. */
export async function recordStatusLookup(sequelize: Sequelize, outcome: StatusLookupOutcome): Promise<void> {
  await sequelize.query(
    `INSERT INTO declaration_status_lookups (outcome, looked_up_at) VALUES (:outcome, now())`,
    {
      replacements: { outcome },
    },
  );
}
