/** A string constant of PostgreSQL: `'…'` with `''` for a quote, optionally `E`-prefixed. */
const STRING_CONSTANT = /[Ee]?'(?:[^']|'')*'/g;

/**
 * Replaces the string constants of an SQL statement with `'?'`. Sequelize writes replacement
 * values into the statement it logs, so names, document numbers and e-mail addresses would
 * otherwise reach the debug log.
 */
export function redactSqlLiterals(sql: string): string {
  return sql.replace(STRING_CONSTANT, "'?'");
}
