import { FONT } from './pdf-fonts';
import { LABELS } from './pdf-labels';
import { STYLE, contentWidth } from './pdf-layout';
import { writeText } from './pdf-text';

/**
 * Prints the result number and "page n/total" at the foot of every buffered page. The
 * bottom margin is lifted while printing, because pdfkit would otherwise start a new page
 * for text placed inside it.
 */
export function drawPageFooters(doc: PDFKit.PDFDocument, resultNumber: string): void {
  const range = doc.bufferedPageRange();
  const total = range.count;

  for (let index = range.start; index < range.start + total; index++) {
    doc.switchToPage(index);

    const bottomMargin = doc.page.margins.bottom;
    const pageNumber = `${index + 1}/${total}`;
    const text = `${resultNumber} · ${LABELS.page.vi} ${pageNumber} / ${LABELS.page.en} ${pageNumber}`;

    doc.page.margins.bottom = 0;
    doc.font(FONT.regular).fontSize(7.5).fillColor(STYLE.labelColor);
    writeText(doc, text, doc.page.margins.left, doc.page.height - bottomMargin + 16, {
      width: contentWidth(doc),
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottomMargin;
  }
}
