import type { CrossingMethod } from '@smartgate/shared-models';
import { QueryTypes, UniqueConstraintError, type Sequelize, type Transaction } from 'sequelize';

import { CrossingConflictError } from './gate-errors';

/** One crossing or refusal to insert. */
export interface CrossingInsert {
  declarationId: string;
  resultId: string;
  travellerPosition: number;
  outcome: 'crossed' | 'refused';
  refusalReason: string | null;
  gateCode: string;
  laneCode: string;
  officerId: string;
  method: CrossingMethod;
  scannedAt: Date | null;
  scanToRecordMs: number | null;
  recordedAt: Date;
}

/**
 * Inserts crossings in the caller's transaction. A traveller who already has one violates the
 * unique key, and that becomes a 409. The slower of two lanes recording at once gets it.
 */
export async function insertCrossings(
  sequelize: Sequelize,
  transaction: Transaction,
  crossings: CrossingInsert[],
): Promise<void> {
  try {
    for (const crossing of crossings) {
      await sequelize.query(
        `INSERT INTO crossings (declaration_id, result_id, traveller_position, outcome, refusal_reason,
                                gate_code, lane_code, officer_id, method, scanned_at, scan_to_record_ms, recorded_at)
         VALUES (:declarationId, :resultId, :travellerPosition, :outcome, :refusalReason,
                 :gateCode, :laneCode, :officerId, :method, :scannedAt, :scanToRecordMs, :recordedAt)`,
        { replacements: { ...crossing }, transaction },
      );
    }
  } catch (error) {
    if (error instanceof UniqueConstraintError) {
      throw new CrossingConflictError();
    }
    throw error;
  }
}

/**
 * Marks the result as crossed and, once every traveller has crossed or been refused, as used.
 * The first crossing's time is kept from the first call that records one.
 */
export async function markResultCrossings(
  sequelize: Sequelize,
  transaction: Transaction,
  resultId: string,
  at: Date,
): Promise<void> {
  await sequelize.query(
    `UPDATE results r
     SET first_crossed_at = (SELECT min(c.recorded_at) FROM crossings c WHERE c.result_id = r.id AND c.outcome = 'crossed'),
         used_at = CASE
           WHEN r.used_at IS NOT NULL THEN r.used_at
           WHEN (SELECT count(*) FROM crossings c WHERE c.result_id = r.id)
              >= (SELECT count(*) FROM declaration_travellers t WHERE t.declaration_id = r.declaration_id)
           THEN CAST(:at AS timestamptz)
         END,
         updated_at = now()
     WHERE r.id = :resultId`,
    { replacements: { resultId, at }, transaction, type: QueryTypes.UPDATE },
  );
}
