import { foldText, GOODS_IMPORT_COLUMNS, type GoodsImportField } from '@smartgate/shared-models';

import { fileRejected, type ImportCell } from './goods-import-sheet';

/**
 * Other headers that people write for a column, folded: short forms and older template
 * wordings. The template's own headers in both languages and the field names always match.
 */
const HEADER_ALIASES: Readonly<Record<GoodsImportField, readonly string[]>> = {
  hsCode: ['hs', 'mahang', 'hscode'],
  description: ['mota', 'tenhang', 'motahang', 'description', 'goods', 'goodsdescription'],
  quantity: ['luong', 'qty'],
  unitCode: ['donvi', 'dvt', 'unitcode'],
  netWeightKg: ['trongluongtinh', 'khoiluongtinh', 'khoiluongtinhkg', 'netweight', 'netkg'],
  grossWeightKg: ['trongluongcabi', 'khoiluongcabi', 'khoiluongcabikg', 'grossweight', 'grosskg'],
  value: ['trigia', 'giatri', 'tongtrigia', 'amount'],
  currency: ['tiente', 'ngoaite', 'currencycode'],
  originCountry: ['nuocxuatxu', 'xuatxu', 'origin', 'countryoforigin', 'origincountry'],
};

/** Folds a header for matching: no diacritics, no case, letters and digits only. */
function headerKey(header: string): string {
  return foldText(header).replace(/[^a-z0-9]/g, '');
}

/** Every accepted header key and the field it names. */
const FIELD_BY_HEADER: ReadonlyMap<string, GoodsImportField> = new Map(
  GOODS_IMPORT_COLUMNS.flatMap(({ field, headerVi, headerEn }) =>
    [headerVi, headerEn, field, ...HEADER_ALIASES[field]].map(
      (header) => [headerKey(header), field] as const,
    ),
  ),
);

/** Column position and header as written in the file, by field. */
export type HeaderMap = ReadonlyMap<GoodsImportField, { index: number; header: string }>;

/**
 * Maps the header row to the goods line fields, in either language and in any order. Columns
 * with other headers (a row counter, notes) are ignored. A missing column, or a field named by
 * two columns, rejects the file.
 */
export function mapHeader(cells: readonly ImportCell[], language: 'vi' | 'en'): HeaderMap {
  const map = new Map<GoodsImportField, { index: number; header: string }>();

  cells.forEach((cell, index) => {
    const header = typeof cell === 'string' ? cell.trim() : '';
    const field = FIELD_BY_HEADER.get(headerKey(header));
    if (!field) {
      return;
    }
    const existing = map.get(field);
    if (existing) {
      throw fileRejected('goodsImportDuplicateColumn', { column: `${existing.header}, ${header}` });
    }
    map.set(field, { index, header });
  });

  const missing = GOODS_IMPORT_COLUMNS.filter(({ field }) => !map.has(field));
  if (missing.length > 0) {
    const names = missing.map((column) => (language === 'vi' ? column.headerVi : column.headerEn));
    throw fileRejected('csvColumnsMissing', { columns: names.join(', ') });
  }
  return map;
}
