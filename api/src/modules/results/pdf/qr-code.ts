import QRCode from 'qrcode';

/** The blank margin that scanners need around a QR symbol, in modules (ISO/IEC 18004). */
const QUIET_ZONE_MODULES = 4;

/**
 * Draws a QR code as vector rectangles, so it stays sharp at any zoom and print size.
 * `size` is the side of the square including the quiet zone, in points. Horizontal runs
 * of dark modules become one rectangle each to keep the content stream small.
 */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const moduleSize = size / (modules.size + 2 * QUIET_ZONE_MODULES);
  const origin = QUIET_ZONE_MODULES * moduleSize;

  doc.save();
  doc.rect(x, y, size, size).fill('#ffffff');

  for (let row = 0; row < modules.size; row++) {
    let column = 0;
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column++;
        continue;
      }

      const runStart = column;
      while (column < modules.size && modules.get(row, column)) {
        column++;
      }
      doc.rect(
        x + origin + runStart * moduleSize,
        y + origin + row * moduleSize,
        (column - runStart) * moduleSize,
        moduleSize,
      );
    }
  }

  doc.fill('#000000');
  doc.restore();
}
