import { STYLE, contentWidth, type HorizontalArea } from './pdf-layout';

/**
 * Printed size of a portrait, in points: 3:4 like the stored 600 × 800 photo, about
 * 2.5 × 3.4 cm, the size of a photo on an identity card.
 */
export const PORTRAIT_BOX = { width: 72, height: 96, gap: 14 } as const;

/**
 * Draws a traveller's portrait at the right edge of the content, its top at `top`, in a thin
 * frame. Returns the area left of it, where the traveller's fields go. pdfkit embeds the JPEG
 * as it is (DCTDecode), without decoding it again.
 */
export function drawPortrait(doc: PDFKit.PDFDocument, jpeg: Buffer, top: number): HorizontalArea {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const x = left + width - PORTRAIT_BOX.width;

  doc.image(jpeg, x, top, { width: PORTRAIT_BOX.width, height: PORTRAIT_BOX.height });
  doc
    .rect(x, top, PORTRAIT_BOX.width, PORTRAIT_BOX.height)
    .lineWidth(0.5)
    .strokeColor(STYLE.ruleColor)
    .stroke();

  return { left, width: width - PORTRAIT_BOX.width - PORTRAIT_BOX.gap };
}
