import { FONT } from './pdf-fonts';
import { STYLE, contentWidth } from './pdf-layout';
import { measureText, writeText } from './pdf-text';

/** One column of a table: its header and its share of the content width. */
export interface TableColumn {
  header: string;
  /** Relative width; the columns share the content width in proportion. */
  weight: number;
  align?: 'left' | 'right';
}

const TABLE_STYLE = {
  headerSize: 6.5,
  bodySize: 7.5,
  padding: 2.5,
  headerFill: '#eeeeee',
} as const;

interface PlacedColumn extends TableColumn {
  x: number;
  width: number;
}

function placeColumns(doc: PDFKit.PDFDocument, columns: TableColumn[]): PlacedColumn[] {
  const totalWeight = columns.reduce((sum, column) => sum + column.weight, 0);
  const scale = contentWidth(doc) / totalWeight;

  let x = doc.page.margins.left;
  return columns.map((column) => {
    const placed = { ...column, x, width: column.weight * scale };
    x += placed.width;
    return placed;
  });
}

function textWidth(column: PlacedColumn): number {
  return column.width - 2 * TABLE_STYLE.padding;
}

/** Height of a row whose cells wrap within their columns, padding included. */
function rowHeight(
  doc: PDFKit.PDFDocument,
  columns: PlacedColumn[],
  cells: string[],
  font: string,
  size: number,
) {
  const heights = columns.map((column, index) =>
    measureText(doc, font, size, cells[index], textWidth(column)),
  );
  return Math.max(...heights) + 2 * TABLE_STYLE.padding;
}

function drawRule(doc: PDFKit.PDFDocument, y: number): void {
  const left = doc.page.margins.left;
  doc
    .moveTo(left, y)
    .lineTo(left + contentWidth(doc), y)
    .lineWidth(0.4)
    .strokeColor(STYLE.ruleColor)
    .stroke();
}

function drawRow(
  doc: PDFKit.PDFDocument,
  columns: PlacedColumn[],
  cells: string[],
  style: { font: string; size: number; height: number },
): void {
  const top = doc.y;
  doc.fillColor(STYLE.textColor);

  columns.forEach((column, index) => {
    doc.font(style.font).fontSize(style.size);
    writeText(doc, cells[index], column.x + TABLE_STYLE.padding, top + TABLE_STYLE.padding, {
      width: textWidth(column),
      align: column.align ?? 'left',
    });
  });

  doc.y = top + style.height;
  drawRule(doc, doc.y);
}

function drawHeaderRow(doc: PDFKit.PDFDocument, columns: PlacedColumn[]): void {
  const headers = columns.map((column) => column.header);
  const height = rowHeight(doc, columns, headers, FONT.bold, TABLE_STYLE.headerSize);

  doc.rect(doc.page.margins.left, doc.y, contentWidth(doc), height).fillColor(TABLE_STYLE.headerFill).fill();
  drawRow(doc, columns, headers, { font: FONT.bold, size: TABLE_STYLE.headerSize, height });
}

function bottomOfPage(doc: PDFKit.PDFDocument): number {
  return doc.page.height - doc.page.margins.bottom;
}

/**
 * Prints a table whose cells wrap within their columns, so long values make their row taller
 * instead of overlapping the next one. A row that does not fit on the page starts a new page,
 * which repeats the header row. A row is never split across pages.
 */
export function drawTable(doc: PDFKit.PDFDocument, columns: TableColumn[], rows: string[][]): void {
  const placed = placeColumns(doc, columns);
  const headerHeight = rowHeight(
    doc,
    placed,
    placed.map((column) => column.header),
    FONT.bold,
    TABLE_STYLE.headerSize,
  );

  const firstRowHeight =
    rows.length > 0 ? rowHeight(doc, placed, rows[0], FONT.regular, TABLE_STYLE.bodySize) : 0;
  if (doc.y + headerHeight + firstRowHeight > bottomOfPage(doc)) {
    doc.addPage();
    doc.y = doc.page.margins.top;
  }
  drawHeaderRow(doc, placed);

  for (const cells of rows) {
    const height = rowHeight(doc, placed, cells, FONT.regular, TABLE_STYLE.bodySize);
    if (doc.y + height > bottomOfPage(doc)) {
      doc.addPage();
      doc.y = doc.page.margins.top;
      drawHeaderRow(doc, placed);
    }
    drawRow(doc, placed, cells, { font: FONT.regular, size: TABLE_STYLE.bodySize, height });
  }

  doc.x = doc.page.margins.left;
  doc.y += STYLE.cellGap;
}
