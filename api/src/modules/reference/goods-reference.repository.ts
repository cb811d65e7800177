import { foldText, normalizeHsCode, type GoodsUnit, type HsCodeOption } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize } from 'sequelize';

/** The most HS codes one search returns. */
export const MAX_HS_CODE_RESULTS = 20;

/**
 * The columns of an HS code as the API returns it (`HsCodeOption`), for a query over `hs_codes`
 * without an alias. The effective control comes from the view `hs_code_effective_controls`.
 */
export const HS_COLUMNS = `code, level, description_vi AS "descriptionVi", description_en AS "descriptionEn",
  chapter, parent_code AS "parentCode", control, selectable,
  (SELECT effective.control FROM hs_code_effective_controls effective
    WHERE effective.code = hs_codes.code) AS "effectiveControl",
  (SELECT effective.source_code FROM hs_code_effective_controls effective
    WHERE effective.code = hs_codes.code) AS "controlSourceCode"`;

/** Escapes the LIKE wildcards of user text, so `%` and `_` match themselves. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * Searches the HS code list. Text that is digits once dots and spaces are removed, such as
 * `0714.10`, is a code prefix; any other text is words that must all appear in the Vietnamese or
 * English description, ignoring case and diacritics (`san lat` finds "Sắn lát khô"). Without
 * text, the chapters are listed. Results come in code order, at most 20.
 */
export async function searchHsCodes(sequelize: Sequelize, text: string | undefined): Promise<HsCodeOption[]> {
  const code = text === undefined ? '' : normalizeHsCode(text);
  if (!text || code === '') {
    return sequelize.query<HsCodeOption>(`SELECT ${HS_COLUMNS} FROM hs_codes WHERE level = 2 ORDER BY code`, {
      type: QueryTypes.SELECT,
    });
  }

  if (/^\d+$/.test(code)) {
    return sequelize.query<HsCodeOption>(
      `SELECT ${HS_COLUMNS} FROM hs_codes WHERE code LIKE :prefix ORDER BY code LIMIT :limit`,
      { replacements: { prefix: `${code}%`, limit: MAX_HS_CODE_RESULTS }, type: QueryTypes.SELECT },
    );
  }

  const words = foldText(text).split(' ').filter(Boolean);
  const conditions = words.map((_word, index) => `search_text LIKE :word${index} ESCAPE '\\'`);
  const replacements = Object.fromEntries(
    words.map((word, index) => [`word${index}`, `%${likeLiteral(word)}%`]),
  );
  return sequelize.query<HsCodeOption>(
    `SELECT ${HS_COLUMNS} FROM hs_codes WHERE ${conditions.join(' AND ')}
      ORDER BY selectable DESC, code LIMIT :limit`,
    { replacements: { ...replacements, limit: MAX_HS_CODE_RESULTS }, type: QueryTypes.SELECT },
  );
}

/** Lists the units of quantity in their display order. */
export function listGoodsUnits(sequelize: Sequelize): Promise<GoodsUnit[]> {
  return sequelize.query<GoodsUnit>(
    `SELECT code, name_vi AS "nameVi", name_en AS "nameEn", name_km AS "nameKm", decimals
       FROM units ORDER BY position, code`,
    { type: QueryTypes.SELECT },
  );
}
