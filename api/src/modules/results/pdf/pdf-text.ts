/** Returns text in NFC. Stored text is NFC already, and normalizing again keeps decomposed input out of the PDF. */
export function printable(text: string): string {
  return text.normalize('NFC');
}

/** Writes normalized text at a position. The fonts set the OpenType features (see pdf-fonts.ts). */
export function writeText(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  options: PDFKit.Mixins.TextOptions,
): void {
  doc.text(printable(text), x, y, options);
}

/** Heights of measured texts by font, size, width and text, shared by the documents of the process. */
const measuredHeights = new Map<string, number>();

/** Texts whose heights are kept: the labels of every result and the values of the recent ones. */
const MEASURED_HEIGHTS_KEPT = 5_000;

/**
 * Selects a font and size and returns the height of `text` wrapped at `width`. Measuring
 * runs pdfkit's line breaking, and drawing runs it again. Heights are therefore kept,
 * because the labels, most of a result's text, are the same in every document. The
 * documents never change line gap or spacing, so font, size, width and text decide the height.
 */
export function measureText(
  doc: PDFKit.PDFDocument,
  font: string,
  size: number,
  text: string,
  width: number,
): number {
  const normalized = printable(text);
  const key = `${font}\u0000${size}\u0000${width}\u0000${normalized}`;
  doc.font(font).fontSize(size);

  let height = measuredHeights.get(key);
  if (height === undefined) {
    height = doc.heightOfString(normalized, { width });
    if (measuredHeights.size >= MEASURED_HEIGHTS_KEPT) {
      measuredHeights.clear();
    }
    measuredHeights.set(key, height);
  }
  return height;
}
