import { FONT } from './pdf-fonts';
import { measureText, writeText } from './pdf-text';

/** Font sizes and spacing of the result PDF, in points. */
export const STYLE = {
  labelSize: 7.5,
  valueSize: 10,
  headingSize: 11,
  labelGap: 1,
  cellGap: 6,
  columnGap: 16,
  labelColor: '#555555',
  textColor: '#000000',
  ruleColor: '#999999',
} as const;

/** A label printed small above its value, as one cell of a grid row. */
export interface Field {
  label: string;
  value: string;
}

/** Width between the left and right margins. */
export function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Starts a new page when `height` points no longer fit above the bottom margin. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  const bottom = doc.page.height - doc.page.margins.bottom;
  if (doc.y + height > bottom) {
    doc.addPage();
    doc.y = doc.page.margins.top;
  }
}

function fieldHeight(doc: PDFKit.PDFDocument, field: Field, width: number): number {
  const labelHeight = measureText(doc, FONT.regular, STYLE.labelSize, field.label, width);
  const valueHeight = measureText(doc, FONT.bold, STYLE.valueSize, field.value, width);
  return labelHeight + STYLE.labelGap + valueHeight;
}

function drawField(doc: PDFKit.PDFDocument, field: Field, x: number, y: number, width: number): void {
  doc.font(FONT.regular).fontSize(STYLE.labelSize).fillColor(STYLE.labelColor);
  writeText(doc, field.label, x, y, { width });

  const valueY = doc.y + STYLE.labelGap;
  doc.font(FONT.bold).fontSize(STYLE.valueSize).fillColor(STYLE.textColor);
  writeText(doc, field.value, x, valueY, { width });
}

/** A band of the page between two x positions, in points. */
export interface HorizontalArea {
  left: number;
  width: number;
}

/**
 * Prints fields side by side in `columns` equal columns, across the content width or the given
 * area. Each row is as tall as its tallest wrapped cell, so long values push the next row
 * down instead of overlapping it.
 */
export function drawFieldGrid(
  doc: PDFKit.PDFDocument,
  fields: Field[],
  columns: number,
  area: HorizontalArea = { left: doc.page.margins.left, width: contentWidth(doc) },
): void {
  const { left } = area;
  const columnWidth = (area.width - STYLE.columnGap * (columns - 1)) / columns;

  for (let start = 0; start < fields.length; start += columns) {
    const row = fields.slice(start, start + columns);
    const rowHeight = Math.max(...row.map((field) => fieldHeight(doc, field, columnWidth)));
    ensureSpace(doc, rowHeight);

    const top = doc.y;
    row.forEach((field, index) => {
      drawField(doc, field, left + index * (columnWidth + STYLE.columnGap), top, columnWidth);
    });
    doc.x = left;
    doc.y = top + rowHeight + STYLE.cellGap;
  }
}

/** Prints a section heading with a rule under it, on the same page as the `keepWithNext` points that follow. */
export function drawHeading(doc: PDFKit.PDFDocument, text: string, keepWithNext = 40): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);

  ensureSpace(doc, measureText(doc, FONT.bold, STYLE.headingSize, text, width) + keepWithNext);

  doc.moveDown(0.5);
  doc.fillColor(STYLE.textColor);
  writeText(doc, text, left, doc.y, { width });

  const ruleY = doc.y + 2;
  doc
    .moveTo(left, ruleY)
    .lineTo(left + width, ruleY)
    .lineWidth(0.5)
    .strokeColor(STYLE.ruleColor)
    .stroke();
  doc.y = ruleY + STYLE.cellGap;
}

/** Options of a full-width paragraph. */
export interface ParagraphStyle {
  size: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  color?: string;
}

/** Prints a paragraph across the full content width, starting a new page when it does not fit. */
export function drawParagraph(doc: PDFKit.PDFDocument, text: string, style: ParagraphStyle): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);

  ensureSpace(doc, measureText(doc, style.bold ? FONT.bold : FONT.regular, style.size, text, width));

  doc.fillColor(style.color ?? STYLE.textColor);
  writeText(doc, text, left, doc.y, { width, align: style.align ?? 'left' });
}
