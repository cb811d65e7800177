import type { Direction, ResultVerification } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize } from 'sequelize';

import type { ResultStatus } from './result-rules';

type ResultVerificationStatus = ResultVerification['status'];

/** Columns of a result, its gate and its lead traveller that the public verification returns. */
export interface VerificationRow {
  id: string;
  status: ResultStatus;
  number: string;
  validFrom: string;
  validUntil: string;
  gateCode: string;
  gateNameVi: string;
  gateNameEn: string;
  timeZone: string;
  direction: Direction;
  leadTravellerName: string | null;
  travellerCount: number;
  usedAt: Date | null;
  firstCrossedAt: Date | null;
}

/** Finds a result by its QR token, or returns null. */
export async function findVerificationRow(
  sequelize: Sequelize,
  token: string,
): Promise<VerificationRow | null> {
  const [row] = await sequelize.query<VerificationRow>(
    `SELECT r.id, r.status, r.number, r.valid_from AS "validFrom", r.valid_until AS "validUntil",
            g.code AS "gateCode", g.name_vi AS "gateNameVi", g.name_en AS "gateNameEn",
            g.time_zone AS "timeZone", d.direction, r.used_at AS "usedAt", r.first_crossed_at AS "firstCrossedAt",
            (SELECT t.full_name FROM declaration_travellers t
              WHERE t.declaration_id = d.id ORDER BY t.position LIMIT 1) AS "leadTravellerName",
            (SELECT count(*) FROM declaration_travellers t WHERE t.declaration_id = d.id)::int AS "travellerCount"
     FROM results r
     JOIN declarations d ON d.id = r.declaration_id
     JOIN gates g ON g.code = r.gate_code
     WHERE r.token = :token`,
    { replacements: { token }, type: QueryTypes.SELECT },
  );
  return row ?? null;
}

/** The stored PDF of an issued result, with its path relative to the data directory. */
export interface IssuedPdfRow {
  number: string;
  pdfPath: string;
}

/** Finds the stored PDF of a declaration's result; null unless the result is issued. */
export async function findIssuedPdf(
  sequelize: Sequelize,
  declarationId: string,
): Promise<IssuedPdfRow | null> {
  const [row] = await sequelize.query<IssuedPdfRow>(
    `SELECT number, pdf_path AS "pdfPath" FROM results
     WHERE declaration_id = :declarationId AND status = 'issued' AND pdf_path IS NOT NULL`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
  return row ?? null;
}

/** Outcome of a verification lookup: the verification status, or `unknown` for a token that matches no result. */
export type ScanOutcome = ResultVerificationStatus | 'unknown';

/** Records one verification lookup of a result QR token. */
export async function recordScan(
  sequelize: Sequelize,
  scan: { resultId: string | null; outcome: ScanOutcome; clientIp: string | null },
): Promise<void> {
  await sequelize.query(
    `INSERT INTO result_scans (result_id, outcome, client_ip, scanned_at)
     VALUES (:resultId, :outcome, :clientIp, now())`,
    { replacements: scan },
  );
}
