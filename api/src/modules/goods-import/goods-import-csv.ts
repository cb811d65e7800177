import Papa from 'papaparse';

import { fileRejected, type ImportRow, type ImportSheet } from './goods-import-sheet';

/** Separators a goods CSV may use: Excel writes `;` where the decimal separator is a comma. */
const CSV_DELIMITERS = [',', ';'];

/**
 * Decodes the bytes as UTF-8, dropping a byte-order mark. Other encodings (Windows-1258, the
 * legacy Vietnamese code page, or UTF-16) are rejected rather than guessed, because a wrong
 * guess would corrupt the Vietnamese descriptions silently.
 */
function decodeUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fileRejected('goodsImportNotUtf8');
  }
}

/**
 * Reads a CSV goods file with papaparse: UTF-8 with or without a byte-order mark, separated by
 * `,` or `;` (detected), with quoted fields that may contain separators and line breaks. Each
 * record keeps the row number that a spreadsheet shows, so a quoted line break does not shift
 * the numbers of the rows after it.
 */
export function readCsvSheet(bytes: Buffer): ImportSheet {
  const text = decodeUtf8(bytes);
  if (text.includes('\u0000')) {
    throw fileRejected('goodsImportNotUtf8');
  }

  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: CSV_DELIMITERS, skipEmptyLines: false });
  const malformedRecords = new Set(
    parsed.errors.filter((error) => error.type === 'Quotes').map((error) => error.row ?? -1),
  );

  const rows: ImportRow[] = parsed.data.map((cells, index) => ({
    rowNumber: index + 1,
    cells: cells.map((cell) => cell.normalize('NFC')),
    malformed: malformedRecords.has(index),
  }));
  return { rows, decimalComma: parsed.meta.delimiter === ';' };
}
