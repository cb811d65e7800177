import { WATCHLIST_CSV_COLUMNS } from '@smartgate/shared-models';
import Papa from 'papaparse';

import { ValidationError } from '../../lib/errors';

/** A column of the import file. */
export type WatchlistCsvColumn = (typeof WATCHLIST_CSV_COLUMNS)[number];

/** One data row of the file, by column, with its row number (the header is row 1). */
export interface WatchlistCsvRow {
  row: number;
  cells: Partial<Record<WatchlistCsvColumn, string>>;
}

/** A row the parser could not split into the header's columns. */
export interface MalformedCsvRow {
  row: number;
}

/** Columns every file must have; the others may be left out when no row uses them. */
const REQUIRED_COLUMNS: readonly WatchlistCsvColumn[] = ['match_kind', 'value', 'reason', 'expires_on'];

/** Example rows of the template: fictional values of each kind. */
const TEMPLATE_ROWS = [
  ['document_number', 'C1234567', 'passport', 'VNM', '', 'Lệnh truy nã số 12/2026', '2027-12-31'],
  ['plate', '81C-123.45', '', '', '', 'Xe vận chuyển hàng cấm', '2027-06-30'],
  ['name', 'Nguyễn Văn A', '', '', '1980-01-31', 'Cấm xuất cảnh theo quyết định 34/2026', '2027-03-31'],
];

/**
 * Builds the import template: a BOM, so that spreadsheet programs read the file as UTF-8,
 * the header and example rows.
 */
export function watchlistCsvTemplate(): string {
  return `\uFEFF${Papa.unparse({ fields: [...WATCHLIST_CSV_COLUMNS], data: TEMPLATE_ROWS }, { newline: '\r\n' })}\r\n`;
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Reads the header row, rejecting the whole file when a required column is missing. */
function readHeader(header: string[] | undefined): (WatchlistCsvColumn | null)[] {
  const columns = (header ?? []).map((name) => name.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    throw new ValidationError([
      { path: ['csv'], code: 'csvColumnsMissing', params: { columns: missing.join(', ') } },
    ]);
  }
  return columns.map((name) =>
    (WATCHLIST_CSV_COLUMNS as readonly string[]).includes(name) ? (name as WatchlistCsvColumn) : null,
  );
}

/**
 * Parses an import file with papaparse: a leading BOM is dropped, the separator is `,` or `;`,
 * whichever the header uses, and quoted cells may contain separators, quotes and line breaks.
 * Row numbers count records, as spreadsheet programs number rows, so a quoted line break does
 * not shift them. Blank rows are skipped; rows whose cell count differs from the header's are
 * returned as malformed.
 */
export function parseWatchlistCsv(text: string): { rows: WatchlistCsvRow[]; malformed: MalformedCsvRow[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimitersToGuess: [',', ';'],
    skipEmptyLines: false,
  });
  const [header, ...records] = parsed.data;
  const columns = readHeader(header);

  const badRecords = new Set(
    parsed.errors.filter((error) => error.row !== undefined).map((error) => error.row as number),
  );
  const rows: WatchlistCsvRow[] = [];
  const malformed: MalformedCsvRow[] = [];

  records.forEach((cells, index) => {
    const row = index + 2;
    if (isBlank(cells)) {
      return;
    }
    if (badRecords.has(index + 1) || cells.length !== columns.length) {
      malformed.push({ row });
      return;
    }
    const byColumn: WatchlistCsvRow['cells'] = {};
    columns.forEach((column, position) => {
      if (column) {
        byColumn[column] = cells[position];
      }
    });
    rows.push({ row, cells: byColumn });
  });
  return { rows, malformed };
}
