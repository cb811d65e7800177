import { DatabaseError } from 'sequelize';

/** Fields of a rejected value that the log keeps: never the value or the SQL, which can hold personal data. */
export interface RejectedValue {
  /** The PostgreSQL SQLSTATE code, such as 22001 (value too long for its column). */
  code: string;
  table?: string;
  constraint?: string;
}

/**
 * PostgreSQL errors that a value sent by the client can cause: class 22 (data exception, such
 * as a string too long or a number out of range) and 23514 (check violation).
 */
function isValueRejection(code: string): boolean {
  return code.startsWith('22') || code === '23514';
}

/**
 * Returns the SQLSTATE code, table and constraint of a Sequelize error that PostgreSQL raised
 * because of a stored value, or undefined for any other error. Input checks should catch such
 * values first, so the caller logs a warning when this finds one.
 */
export function rejectedValue(error: unknown): RejectedValue | undefined {
  if (!(error instanceof DatabaseError)) {
    return undefined;
  }

  const original = error.original as { code?: unknown; table?: unknown; constraint?: unknown };
  if (typeof original.code !== 'string' || !isValueRejection(original.code)) {
    return undefined;
  }
  return {
    code: original.code,
    ...(typeof original.table === 'string' ? { table: original.table } : {}),
    ...(typeof original.constraint === 'string' ? { constraint: original.constraint } : {}),
  };
}
