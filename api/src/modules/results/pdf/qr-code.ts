import QRCode from 'qrcode';

/** The blank margin that scanners need around a QR symbol, in modules (ISO/IEC 18004). */
const QUIET_ZONE_MODULES = 4;

/**
 * Draws a QR code as vector rectangles, so it stays sharp at any zoom and print size.
 * `size` is the side of the square including the quiet zone, in points. Horizontal runs
 * of dark modules become one rectangle each, drawn in module units so that every
 * coordinate is a small integer: both keep the content stream small.
 */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  // One byte-mode segment skips the search for the shortest mix of modes. The URL's lower-case
  // letters need byte mode anyway, so only short digit runs lose their denser encoding.
  const segment = { data: Buffer.from(text, 'utf8'), mode: 'byte' as const };
  const modules = QRCode.create([segment], { errorCorrectionLevel: 'M' }).modules;
  const moduleSize = size / (modules.size + 2 * QUIET_ZONE_MODULES);
  const origin = QUIET_ZONE_MODULES * moduleSize;

  doc.save();
  doc.rect(x, y, size, size).fill('#ffffff');
  doc.transform(moduleSize, 0, 0, moduleSize, x + origin, y + origin);

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
      doc.rect(runStart, row, column - runStart, 1);
    }
  }

  doc.fill('#000000');
  doc.restore();
}
