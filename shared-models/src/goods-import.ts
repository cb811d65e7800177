import { z } from 'zod';

import { GoodsLine } from './goods-line';

/** Largest goods file accepted, in bytes (2 MB): 200 lines of CSV or XLSX take far less. */
export const MAX_GOODS_IMPORT_BYTES = 2 * 1024 * 1024;

/** Most goods lines one file may carry, as many as one declaration holds. */
export const MAX_GOODS_IMPORT_LINES = 200;

/** Name of the multipart/form-data field that carries the CSV or XLSX file. */
export const GOODS_IMPORT_FILE_FIELD = 'file';

/** A goods line field that a column of the import file fills. */
export type GoodsImportField = keyof GoodsLine;

/** One column of the goods import template: the field it fills and its header in each language. */
export interface GoodsImportColumn {
  field: GoodsImportField;
  headerVi: string;
  headerEn: string;
}

/** The columns of the goods import template, in the template's order. */
export const GOODS_IMPORT_COLUMNS: readonly GoodsImportColumn[] = [
  { field: 'hsCode', headerVi: 'Mã HS', headerEn: 'HS code' },
  { field: 'description', headerVi: 'Mô tả hàng hóa', headerEn: 'Description of the goods' },
  { field: 'quantity', headerVi: 'Số lượng', headerEn: 'Quantity' },
  { field: 'unitCode', headerVi: 'Đơn vị tính', headerEn: 'Unit' },
  { field: 'netWeightKg', headerVi: 'Trọng lượng tịnh (kg)', headerEn: 'Net weight (kg)' },
  { field: 'grossWeightKg', headerVi: 'Trọng lượng cả bì (kg)', headerEn: 'Gross weight (kg)' },
  { field: 'value', headerVi: 'Trị giá', headerEn: 'Value' },
  { field: 'currency', headerVi: 'Loại tiền', headerEn: 'Currency' },
  { field: 'originCountry', headerVi: 'Xuất xứ', headerEn: 'Country of origin' },
];

/** A row of the file that did not become a goods line, with the reason in the request's language. */
export const GoodsImportRejectedRow = z.object({
  /** The row number as the spreadsheet shows it: the header is row 1. */
  row: z.number().int(),
  /** The goods line field of the rejected cell, or `row` when the whole row is rejected. */
  field: z.string(),
  /** The header of the column as written in the file, or null when the whole row is rejected. */
  column: z.string().nullable(),
  message: z.string(),
});
export type GoodsImportRejectedRow = z.infer<typeof GoodsImportRejectedRow>;

/**
 * The result of a goods import: the lines read from the valid rows, in file order, and one
 * entry per rejected cell. `applied` is true when the lines replaced the draft's goods lines,
 * which happens only when asked and when no row was rejected; `version` is then the draft's
 * new version.
 */
export const GoodsImportResult = z.object({
  lines: z.array(GoodsLine),
  rejectedRows: z.array(GoodsImportRejectedRow),
  applied: z.boolean(),
  version: z.number().int().nullable(),
});
export type GoodsImportResult = z.infer<typeof GoodsImportResult>;
