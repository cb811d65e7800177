/**
 * OpenType features for every text call: the defaults without `ccmp`. Through `ccmp`, Noto
 * Sans composes letters with a dot below (ạ, ị, ọ, ụ, ỵ) from a base letter and a combining
 * mark. pdfkit 0.17 maps those glyphs back to text without the mark, so extracted text read
 * "Trong" for "Trọng". The precomposed glyphs look the same.
 */
const TEXT_FEATURES = { ccmp: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[];

/** Returns text in NFC. Stored text is NFC already, and normalizing again keeps decomposed input out of the PDF. */
export function printable(text: string): string {
  return text.normalize('NFC');
}

/** Adds the feature overrides that keep text extractable. */
export function textOptions(options: PDFKit.Mixins.TextOptions): PDFKit.Mixins.TextOptions {
  return { ...options, features: TEXT_FEATURES };
}

/** Writes text at a position with the shared feature overrides. */
export function writeText(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  options: PDFKit.Mixins.TextOptions,
): void {
  doc.text(printable(text), x, y, textOptions(options));
}

/** Measures the height of wrapped text in the current font and size. */
export function measureText(doc: PDFKit.PDFDocument, text: string, width: number): number {
  return doc.heightOfString(printable(text), textOptions({ width }));
}
