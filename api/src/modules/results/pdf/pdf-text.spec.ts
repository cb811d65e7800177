import PDFDocument from 'pdfkit';

import { FONT, registerFonts } from './pdf-fonts';
import { measureText } from './pdf-text';

/** Texts of the sizes and widths that results print, some on one line, some wrapped. */
const CASES = [
  { font: FONT.regular, size: 7.5, width: 160, text: 'Ngày hết hạn giấy tờ / Document expiry date' },
  { font: FONT.bold, size: 10, width: 160, text: 'Nguyễn Thị Phương Thảo Hoàng Lê Quang Vinh' },
  { font: FONT.bold, size: 10, width: 499, text: 'Cửa khẩu quốc tế Lệ Thanh / Lệ Thanh International' },
  {
    font: FONT.regular,
    size: 8.5,
    width: 499,
    text: 'http://localhost:3000/verify/q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6',
  },
  {
    font: FONT.regular,
    size: 8.5,
    width: 120,
    text: 'http://localhost:3000/verify/q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6',
  },
  {
    font: FONT.bold,
    size: 9,
    width: 499,
    text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  },
  { font: FONT.bold, size: 10, width: 60, text: 'Mỵ' },
];

describe('measureText', () => {
  function newDocument(): PDFKit.PDFDocument {
    const doc = new PDFDocument({ size: 'A4', font: '' });
    registerFonts(doc);
    return doc;
  }

  it('measures as pdfkit line breaking does', () => {
    const measuring = newDocument();
    const reference = newDocument();

    for (const { font, size, width, text } of CASES) {
      const expected = reference.font(font).fontSize(size).heightOfString(text, { width });

      // heightOfString adds line heights to the page position and subtracts it again, which rounds the last digits.
      expect(measureText(measuring, font, size, text, width))
        .withContext(text)
        .toBeCloseTo(expected, 9);
    }
  });

  it('gives the same height when measured again', () => {
    const doc = newDocument();
    const { font, size, width, text } = CASES[1];

    const first = measureText(doc, font, size, text, width);

    expect(measureText(newDocument(), font, size, text, width)).toBe(first);
  });

  it('leaves the font and size selected', () => {
    const doc = newDocument();

    measureText(doc, FONT.bold, 11, 'Trưởng đoàn', 200);

    expect(doc.currentLineHeight()).toBe(newDocument().font(FONT.bold).fontSize(11).currentLineHeight());
  });
});
