import { randomUUID } from 'node:crypto';

import { todayInTimeZone, type ResultView } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

import { RENDER_RESULT_JOB, renderResultJobId } from '../../jobs/render-result/render-result.job';
import { insertOutboxMessage } from '../outbox/outbox.repository';
import {
  DEFAULT_VALIDITY_DAYS,
  createResultToken,
  formatResultNumber,
  validityWindow,
  type ResultStatus,
} from './result-rules';

/** Declaration details that the approval transaction passes when it creates a result. */
export interface PendingResultInput {
  declarationId: string;
  gateCode: string;
  plannedCrossingDate: string;
  officerId: string;
}

/** Sequelize sets `transaction.sequelize` at runtime, but its type declarations omit it. */
function sequelizeOf(transaction: Transaction): Sequelize {
  return (transaction as unknown as { sequelize: Sequelize }).sequelize;
}

async function loadGateSettings(
  sequelize: Sequelize,
  transaction: Transaction,
  gateCode: string,
): Promise<{ timeZone: string; validityDays: number }> {
  const [gate] = await sequelize.query<{ timeZone: string | null; validityDays: number | null }>(
    `SELECT time_zone AS "timeZone", result_validity_days AS "validityDays" FROM gates WHERE code = :gateCode`,
    { replacements: { gateCode }, transaction, type: QueryTypes.SELECT },
  );
  if (!gate) {
    throw new Error(`Gate ${gateCode} does not exist`);
  }
  return {
    timeZone: gate.timeZone ?? 'Asia/Ho_Chi_Minh',
    validityDays: gate.validityDays ?? DEFAULT_VALIDITY_DAYS,
  };
}

/**
 * Takes the next sequence number of a gate and year. The upsert locks the counter row
 * until the transaction ends, so concurrent approvals wait for each other instead of
 * reading the same value, and a rolled-back approval gives its number back.
 */
async function allocateSequence(
  sequelize: Sequelize,
  transaction: Transaction,
  gateCode: string,
  year: number,
): Promise<number> {
  const [row] = await sequelize.query<{ lastValue: number }>(
    `INSERT INTO result_number_sequences AS counter (gate_code, year, last_value)
     VALUES (:gateCode, :year, 1)
     ON CONFLICT (gate_code, year) DO UPDATE SET last_value = counter.last_value + 1
     RETURNING last_value AS "lastValue"`,
    { replacements: { gateCode, year }, transaction, type: QueryTypes.SELECT },
  );
  return row.lastValue;
}

/**
 * Creates the pending result of an approved declaration and the outbox message that makes
 * the worker render it. Both are written in the approval transaction, so they exist exactly
 * when the approval commits. The year in the number is the approval's local year at the gate.
 */
export async function createPendingResult(
  transaction: Transaction,
  input: PendingResultInput,
): Promise<void> {
  const sequelize = sequelizeOf(transaction);
  const gate = await loadGateSettings(sequelize, transaction, input.gateCode);
  const year = Number(todayInTimeZone(gate.timeZone).slice(0, 4));
  const sequence = await allocateSequence(sequelize, transaction, input.gateCode, year);
  const { validFrom, validUntil } = validityWindow(input.plannedCrossingDate, gate.validityDays);
  const resultId = randomUUID();
  const version = 1;

  await sequelize.query(
    `INSERT INTO results (id, declaration_id, gate_code, year, sequence, number, token, status,
                          valid_from, valid_until, officer_id, version)
     VALUES (:resultId, :declarationId, :gateCode, :year, :sequence, :number, :token, 'pending',
             :validFrom, :validUntil, :officerId, :version)`,
    {
      replacements: {
        resultId,
        declarationId: input.declarationId,
        gateCode: input.gateCode,
        year,
        sequence,
        number: formatResultNumber(input.gateCode, year, sequence),
        token: createResultToken(),
        validFrom,
        validUntil,
        officerId: input.officerId,
        version,
      },
      transaction,
    },
  );

  const payload = { resultId, version };
  await insertOutboxMessage(sequelize, transaction, {
    jobName: RENDER_RESULT_JOB,
    jobId: renderResultJobId(payload),
    payload,
  });
}

interface ResultViewRow {
  declarationId: string;
  number: string;
  status: ResultStatus;
  validFrom: string;
  validUntil: string;
  issuedAt: Date | null;
  revokedAt: Date | null;
  revocationReason: string | null;
}

/** Returns the results of the given declarations by declaration id; declarations without one are absent. */
export async function findResultViews(
  sequelize: Sequelize,
  declarationIds: string[],
): Promise<Map<string, ResultView>> {
  if (declarationIds.length === 0) {
    return new Map();
  }

  const rows = await sequelize.query<ResultViewRow>(
    `SELECT declaration_id AS "declarationId", number, status, valid_from AS "validFrom",
            valid_until AS "validUntil", issued_at AS "issuedAt", revoked_at AS "revokedAt",
            revocation_reason AS "revocationReason"
     FROM results WHERE declaration_id IN (:declarationIds)`,
    { replacements: { declarationIds }, type: QueryTypes.SELECT },
  );

  return new Map(
    rows.map((row) => [
      row.declarationId,
      {
        number: row.number,
        status: row.status,
        validFrom: row.validFrom,
        validUntil: row.validUntil,
        issuedAt: row.issuedAt ? new Date(row.issuedAt).toISOString() : null,
        revokedAt: row.revokedAt ? new Date(row.revokedAt).toISOString() : null,
        revocationReason: row.revocationReason,
      },
    ]),
  );
}
