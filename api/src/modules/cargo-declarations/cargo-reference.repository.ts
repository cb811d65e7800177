import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

/** HS code facts that a goods line is checked against. */
export interface HsCodeFacts {
  code: string;
  selectable: boolean;
  /**
   * The effective control: the strictest of the code's own and its chapter's, heading's and
   * subheading's (view `hs_code_effective_controls`), or null.
   */
  control: string | null;
  /** The code whose control is the effective one, such as `4403` for `44034910`, or null. */
  controlSourceCode: string | null;
}

/** Loads the HS codes among `codes` that exist, by code, each with its effective control. */
export async function findHsCodes(
  sequelize: Sequelize,
  codes: readonly string[],
  transaction?: Transaction,
): Promise<Map<string, HsCodeFacts>> {
  if (codes.length === 0) {
    return new Map();
  }
  const rows = await sequelize.query<HsCodeFacts>(
    `SELECT hs.code, hs.selectable, effective.control, effective.source_code AS "controlSourceCode"
       FROM hs_codes hs JOIN hs_code_effective_controls effective ON effective.code = hs.code
      WHERE hs.code IN (:codes)`,
    { replacements: { codes: [...new Set(codes)] }, type: QueryTypes.SELECT, transaction },
  );
  return new Map(rows.map((row) => [row.code, row]));
}

/** Loads the decimals allowed in each unit among `codes` that exists, by unit code. */
export async function findUnitDecimals(
  sequelize: Sequelize,
  codes: readonly string[],
  transaction?: Transaction,
): Promise<Map<string, number>> {
  if (codes.length === 0) {
    return new Map();
  }
  const rows = await sequelize.query<{ code: string; decimals: number }>(
    'SELECT code, decimals FROM units WHERE code IN (:codes)',
    { replacements: { codes: [...new Set(codes)] }, type: QueryTypes.SELECT, transaction },
  );
  return new Map(rows.map((row) => [row.code, row.decimals]));
}

/** The gate's lead time for cargo submissions and its time zone, or null for an unknown gate. */
export async function findCargoLeadTime(
  sequelize: Sequelize,
  gateCode: string,
  transaction?: Transaction,
): Promise<{ leadMinutes: number; timeZone: string } | null> {
  const [row] = await sequelize.query<{ leadMinutes: number; timeZone: string }>(
    `SELECT cargo_submission_lead_minutes AS "leadMinutes", time_zone AS "timeZone"
       FROM gates WHERE code = :gateCode`,
    { replacements: { gateCode }, type: QueryTypes.SELECT, transaction },
  );
  return row ?? null;
}

/** The business a cargo declaration belongs to, as its view names it. */
export async function findBusinessHeader(
  sequelize: Sequelize,
  businessId: string,
  transaction?: Transaction,
): Promise<{ id: string; taxCode: string; name: string } | null> {
  const [row] = await sequelize.query<{ id: string; taxCode: string; name: string }>(
    'SELECT id, tax_code AS "taxCode", name FROM businesses WHERE id = :businessId',
    { replacements: { businessId }, type: QueryTypes.SELECT, transaction },
  );
  return row ?? null;
}
