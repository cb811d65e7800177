import type { Direction } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

import type { ResultStatus } from '../results/result-rules';

/** A result and its declaration, as the lane screen checks them. */
export interface GateRecordRow {
  resultId: string;
  resultStatus: ResultStatus;
  resultNumber: string;
  resultGateCode: string;
  validFrom: string;
  validUntil: string;
  firstCrossedAt: Date | null;
  usedAt: Date | null;
  declarationId: string;
  referenceCode: string | null;
  direction: Direction;
  plannedCrossingDate: string;
  /** True when an officer filed the declaration at the counter, the one case of the `counter` method. */
  filedAtCounter: boolean;
}

/** Key by which a lookup names its record. */
export type RecordKey =
  { token: string } | { resultNumber: string } | { referenceCode: string } | { declarationId: string };

const RECORD_COLUMNS = `
  r.id AS "resultId", r.status AS "resultStatus", r.number AS "resultNumber", r.gate_code AS "resultGateCode",
  r.valid_from AS "validFrom", r.valid_until AS "validUntil",
  r.first_crossed_at AS "firstCrossedAt", r.used_at AS "usedAt",
  d.id AS "declarationId", d.reference_code AS "referenceCode", d.direction,
  d.planned_crossing_date AS "plannedCrossingDate", d.filed_by_officer_id IS NOT NULL AS "filedAtCounter"`;

function keyCondition(key: RecordKey): string {
  if ('token' in key) {
    return 'r.token = :token';
  }
  if ('resultNumber' in key) {
    return 'r.number = :resultNumber';
  }
  if ('referenceCode' in key) {
    return 'd.reference_code = :referenceCode';
  }
  return 'd.id = :declarationId';
}

/**
 * Finds a result and its declaration by token, number, reference code or declaration id.
 * Inside a transaction, `lock` takes the result row until the transaction ends, so two lanes
 * recording the same declaration take turns.
 */
export async function findGateRecord(
  sequelize: Sequelize,
  key: RecordKey,
  options: { transaction?: Transaction; lock?: boolean } = {},
): Promise<GateRecordRow | null> {
  const [row] = await sequelize.query<GateRecordRow>(
    `SELECT ${RECORD_COLUMNS}
     FROM results r JOIN declarations d ON d.id = r.declaration_id
     WHERE ${keyCondition(key)}
     ${options.lock ? 'FOR UPDATE OF r' : ''}`,
    { replacements: { ...key }, transaction: options.transaction, type: QueryTypes.SELECT },
  );
  return row ?? null;
}

/**
 * Finds the result of a traveller who shows a document at the desk. Among several results with
 * that document number, it prefers one of this gate, then one valid today, then the nearest
 * planned crossing date, so the officer is shown why a result does not fit rather than nothing.
 */
export async function findGateRecordByDocument(
  sequelize: Sequelize,
  document: { documentNumber: string; nationality?: string },
  lane: { gateCode: string; today: string },
): Promise<GateRecordRow | null> {
  const [row] = await sequelize.query<GateRecordRow>(
    `SELECT ${RECORD_COLUMNS}
     FROM results r JOIN declarations d ON d.id = r.declaration_id
     WHERE EXISTS (
       SELECT 1 FROM declaration_travellers t
       WHERE t.declaration_id = d.id AND t.document_number = :documentNumber
         AND (CAST(:nationality AS text) IS NULL OR t.nationality = :nationality)
     )
     ORDER BY (r.gate_code = :gateCode) DESC,
              (CAST(:today AS date) BETWEEN r.valid_from AND r.valid_until) DESC,
              abs(d.planned_crossing_date - CAST(:today AS date)),
              r.created_at DESC
     LIMIT 1`,
    {
      replacements: {
        documentNumber: document.documentNumber,
        nationality: document.nationality ?? null,
        gateCode: lane.gateCode,
        today: lane.today,
      },
      type: QueryTypes.SELECT,
    },
  );
  return row ?? null;
}
