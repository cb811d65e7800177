import ExcelJS from 'exceljs';

import { fileRejected, type ImportCell, type ImportRow, type ImportSheet } from './goods-import-sheet';
import { unpacksWithin } from './goods-import-zip';

/** Most columns read from a row: the template has 9, and users add a few of their own. */
const MAX_COLUMNS = 50;

/** Reads a value that a formula computed, as Excel saved it with the workbook. */
function formulaResult(result: ExcelJS.CellFormulaValue['result']): ImportCell {
  if (result === undefined || result === null) {
    return { unreadable: 'formulaWithoutValue' };
  }
  return plainValue(result);
}

/** Converts a value that is not a formula. Dates and booleans fit no goods line column. */
function plainValue(value: ExcelJS.CellValue): ImportCell {
  if (value === null || value === undefined) {
    return null;
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : { unreadable: 'cellError' };
  }
  if (typeof value === 'string') {
    return value.normalize('NFC');
  }
  if (typeof value === 'boolean' || value instanceof Date) {
    return { unreadable: 'unsupportedCellType' };
  }
  if ('error' in value) {
    return { unreadable: 'cellError' };
  }
  if ('richText' in value) {
    return value.richText
      .map((part) => part.text)
      .join('')
      .normalize('NFC');
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return formulaResult(value.result);
  }
  if ('text' in value) {
    return plainValue(value.text as ExcelJS.CellValue);
  }
  return { unreadable: 'unsupportedCellType' };
}

/** Reads the cells of one row, up to the last filled one. */
function rowCells(row: ExcelJS.Row): ImportCell[] {
  const count = Math.min(row.cellCount, MAX_COLUMNS);
  const cells: ImportCell[] = [];
  for (let column = 1; column <= count; column++) {
    cells.push(plainValue(row.getCell(column).value));
  }
  return cells;
}

/**
 * Reads the first worksheet of an XLSX goods file with exceljs. Numbers stay numbers, text stays
 * text, and a formula gives the value Excel saved with it. A formula without a saved value (a
 * file written by a program that does not compute formulas) is reported in its cell rather than
 * guessed. Rows keep their spreadsheet numbers, so a blank row leaves a gap. A workbook that
 * unpacks to more than 10 MB is rejected as unreadable before exceljs loads it into memory.
 */
export async function readXlsxSheet(bytes: Buffer): Promise<ImportSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    if (!(await unpacksWithin(bytes))) {
      throw new Error('The workbook unpacks to more than the limit');
    }
    // exceljs types the buffer as its own Buffer interface; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw fileRejected('goodsImportUnreadable');
  }

  const worksheet = workbook.worksheets[0];
  if (!worksheet) {
    throw fileRejected('goodsImportEmpty');
  }

  const rows: ImportRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    rows.push({ rowNumber: row.number, cells: rowCells(row) });
  });
  return { rows, decimalComma: false };
}
