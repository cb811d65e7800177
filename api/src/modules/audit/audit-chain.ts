import { createHash } from 'node:crypto';

/** `previous_hash` of the first row of the chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** Version tag of the canonical text, so that a later change of layout can be recognized. */
const CANONICAL_VERSION = 'smartgate-audit-v1';

/**
 * One audit row as the verifier reads it: every hashed column as PostgreSQL writes it as text,
 * `details` as `jsonb::text` and `at` as UTC with microseconds, such as `2026-12-05T06:00:00.123456Z`.
 */
export interface AuditChainRow {
  id: string;
  previousHash: string;
  hash: string;
  actorType: string;
  actorId: string | null;
  action: string;
  declarationId: string | null;
  ip: string | null;
  details: string | null;
  at: string;
}

/** Writes a field as `<byte length>:<value>`, or `-` for NULL, so that field borders cannot shift. */
function field(value: string | null): string {
  return value === null ? '-' : `${Buffer.byteLength(value, 'utf8')}:${value}`;
}

/**
 * Builds the text that a row's hash covers, the same as the database function `audit_log_hash`
 * of the migration that created the chain. Both must change together.
 */
export function canonicalAuditText(row: Omit<AuditChainRow, 'hash'>): string {
  return [
    CANONICAL_VERSION,
    field(row.previousHash),
    field(row.id),
    field(row.actorType),
    field(row.actorId),
    field(row.action),
    field(row.declarationId),
    field(row.ip),
    field(row.details),
    field(row.at),
  ].join('\n');
}

/** Returns the SHA-256, in lower-case hex, that a row with this content and predecessor must carry. */
export function auditRowHash(row: Omit<AuditChainRow, 'hash'>): string {
  return createHash('sha256').update(canonicalAuditText(row), 'utf8').digest('hex');
}
