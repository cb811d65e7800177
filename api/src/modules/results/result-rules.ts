import { randomBytes } from 'node:crypto';

import type { ResultVerification } from '@smartgate/shared-models';

/** Days a result stays valid when the gate does not set `result_validity_days`. */
export const DEFAULT_VALIDITY_DAYS = 3;

/** Status of a stored result row. */
export type ResultStatus = 'pending' | 'issued' | 'revoked' | 'failed';

/** Formats a result number such as `LT-2026-000001`: gate code, year, 6-digit sequence. */
export function formatResultNumber(gateCode: string, year: number, sequence: number): string {
  return `${gateCode}-${year}-${String(sequence).padStart(6, '0')}`;
}

/** Creates the QR token: 32 random bytes in base64url, 43 URL-safe ASCII characters. */
export function createResultToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Adds days to a `YYYY-MM-DD` value in UTC arithmetic, where no day has 23 or 25 hours. */
export function addDays(dateOnly: string, days: number): string {
  const date = new Date(`${dateOnly}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Computes the validity window of a result: from the planned crossing date through the
 * last of `validityDays` days, both ends inclusive.
 */
export function validityWindow(
  plannedCrossingDate: string,
  validityDays: number,
): { validFrom: string; validUntil: string } {
  if (!Number.isInteger(validityDays) || validityDays < 1) {
    throw new RangeError(`Result validity must be a whole number of days of at least 1, got ${validityDays}`);
  }
  return { validFrom: plannedCrossingDate, validUntil: addDays(plannedCrossingDate, validityDays - 1) };
}

/**
 * Derives the status that the public verification page shows from the stored status and the local
 * day at the gate. Only an issued result can be valid. A result whose PDF is not stored
 * yet (pending, or failed and awaiting a retry) reads as pending until its window ends. A result
 * that every traveller has crossed with (or been refused at the gate) reads as used, unless revoked.
 */
export function verificationStatus(
  result: { status: ResultStatus; validFrom: string; validUntil: string; usedAt?: Date | null },
  today: string,
): ResultVerification['status'] {
  if (result.status === 'revoked') {
    return 'revoked';
  }
  if (result.usedAt) {
    return 'used';
  }
  if (today > result.validUntil) {
    return 'expired';
  }
  if (result.status !== 'issued') {
    return 'pending';
  }
  return today < result.validFrom ? 'not_yet_valid' : 'valid';
}
