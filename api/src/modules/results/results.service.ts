import { access } from 'node:fs/promises';

import { maskName, todayInTimeZone, type ResultVerification } from '@smartgate/shared-models';

import type { AppContext } from '../../lib/app-context';
import { NotFoundError } from '../../lib/errors';
import { findIssuedPdf, findVerificationRow, recordScan } from './result-lookup.repository';
import { verificationStatus } from './result-rules';
import { resolveStoredPath } from './result-storage';

/** Tokens are 32 random bytes in base64url: exactly 43 characters of A-Z, a-z, 0-9, "-" and "_". */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Returns what anyone holding a result's QR token may see: its status, number, gate,
 * validity and a masked lead traveller name. An unknown or malformed token is 404. Every
 * lookup is recorded in `result_scans`, unknown tokens included, with the client address.
 */
export async function verifyResult(
  context: AppContext,
  token: string,
  clientIp: string | null,
): Promise<ResultVerification> {
  const row = TOKEN_PATTERN.test(token) ? await findVerificationRow(context.sequelize, token) : null;
  if (!row) {
    await recordScan(context.sequelize, { resultId: null, outcome: 'unknown', clientIp });
    throw new NotFoundError();
  }

  const status = verificationStatus(row, todayInTimeZone(row.timeZone));
  await recordScan(context.sequelize, { resultId: row.id, outcome: status, clientIp });

  return {
    status,
    resultNumber: row.number,
    gate: { code: row.gateCode, nameVi: row.gateNameVi, nameEn: row.gateNameEn },
    direction: row.direction,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    maskedName: maskName(row.leadTravellerName ?? ''),
    travellerCount: row.travellerCount,
    firstCrossedAt: row.firstCrossedAt ? new Date(row.firstCrossedAt).toISOString() : null,
  };
}

/**
 * Finds the stored PDF of a declaration's issued result. Returns null when the result is
 * not issued yet, or when its file is missing (logged, since only lost storage causes it).
 * The caller checks that the declaration belongs to the requester.
 */
export async function findResultPdf(
  context: AppContext,
  declarationId: string,
): Promise<{ filePath: string; fileName: string } | null> {
  const row = await findIssuedPdf(context.sequelize, declarationId);
  if (!row) {
    return null;
  }

  const filePath = resolveStoredPath(context.config.dataDir, row.pdfPath);
  try {
    await access(filePath);
  } catch {
    context.logger.error(
      { event: 'result.pdf.missing', module: 'results', declarationId },
      'Stored result PDF is missing from the data directory',
    );
    return null;
  }
  return { filePath, fileName: `${row.number}.pdf` };
}
