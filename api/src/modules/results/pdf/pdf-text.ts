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

/** Measures the height of wrapped text in the current font and size. */
export function measureText(doc: PDFKit.PDFDocument, text: string, width: number): number {
  return doc.heightOfString(printable(text), { width });
}
