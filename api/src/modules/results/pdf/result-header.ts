import type { BilingualLabel } from './pdf-labels';
import { STYLE, contentWidth, drawParagraph } from './pdf-layout';
import { FONT } from './pdf-fonts';
import { writeText } from './pdf-text';
import { drawQrCode } from './qr-code';

const QR_SIZE = 112;
const QR_GAP = 16;

/** The texts of the result's first block. */
export interface ResultHeader {
  issuingUnit: BilingualLabel;
  title: BilingualLabel;
  verificationLabel: BilingualLabel;
  verificationUrl: string;
}

function drawBeside(doc: PDFKit.PDFDocument, text: string, font: string, size: number, width: number): void {
  doc.font(font).fontSize(size);
  writeText(doc, text, doc.page.margins.left, doc.y, { width });
}

/**
 * Prints the issuing unit and the title beside the QR code, then the verification address
 * as visible text under both, so the address can be typed or checked without a scanner.
 */
export function drawResultHeader(doc: PDFKit.PDFDocument, header: ResultHeader): void {
  const width = contentWidth(doc);
  const textWidth = width - QR_SIZE - QR_GAP;
  const top = doc.y;

  drawQrCode(doc, header.verificationUrl, doc.page.margins.left + width - QR_SIZE, top, QR_SIZE);

  doc.fillColor(STYLE.textColor);
  drawBeside(doc, header.issuingUnit.vi, FONT.bold, 11, textWidth);
  drawBeside(doc, header.issuingUnit.en, FONT.regular, 9, textWidth);
  doc.moveDown(1.2);
  drawBeside(doc, header.title.vi, FONT.bold, 15, textWidth);
  drawBeside(doc, header.title.en, FONT.bold, 11, textWidth);

  doc.y = Math.max(doc.y, top + QR_SIZE) + 4;
  const label = `${header.verificationLabel.vi} ${header.verificationLabel.en}`;
  drawParagraph(doc, label, { size: 7.5, color: STYLE.labelColor });
  drawParagraph(doc, header.verificationUrl, { size: 8.5 });
}
