import { UnsupportedMediaTypeError, ValidationError, type FieldIssue } from '../../lib/errors';

/** A cell whose value cannot be read, such as a formula saved without its computed value. */
export interface UnreadableCell {
  unreadable: 'formulaWithoutValue' | 'cellError' | 'unsupportedCellType';
}

/** One cell of an import file: text, a number (XLSX only), empty, or unreadable. */
export type ImportCell = string | number | null | UnreadableCell;

/** One row of an import file, numbered as the spreadsheet shows it (the header is row 1). */
export interface ImportRow {
  rowNumber: number;
  cells: ImportCell[];
  /** A reason to reject the whole row, such as a CSV row with an unclosed quote. */
  malformed?: boolean;
}

/** The rows of an import file, the header first, and how its text numbers write decimals. */
export interface ImportSheet {
  rows: ImportRow[];
  /** True when text numbers use a decimal comma, as in a CSV separated by semicolons. */
  decimalComma: boolean;
}

/** Path of the file in field errors. */
export const FILE_PATH = ['file'] as const;

/** Rejects the whole file with a reason that names the file field (422). */
export function fileRejected(code: string, params?: FieldIssue['params']): ValidationError {
  const issue: FieldIssue = params ? { path: FILE_PATH, code, params } : { path: FILE_PATH, code };
  return new ValidationError([issue], 422, 'goodsImportNotAccepted');
}

/** A file that is neither a CSV nor an XLSX workbook, by name or by content (415). */
export class GoodsFileTypeRejectedError extends UnsupportedMediaTypeError {
  override readonly issues = [{ path: FILE_PATH, code: 'goodsImportFileType' }];

  constructor() {
    super('goodsImportNotAccepted');
  }
}

/** Tells whether a row has no value in any cell: such rows are skipped, not rejected. */
export function isBlankRow(row: ImportRow): boolean {
  return row.cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}
