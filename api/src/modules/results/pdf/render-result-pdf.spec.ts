import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import jsQR from 'jsqr';
import { PNG } from 'pngjs';

import { extractText, extractWordBoxes, overlappingWords } from './pdf-inspection.fixtures';
import { renderResultPdf } from './render-result-pdf';
import type { ResultPdfData, ResultPdfTraveller } from './result-pdf-data';

const run = promisify(execFile);

const NFC_NAME = 'Nguyễn Trọng Thiện';
const VERIFICATION_URL = 'http://localhost:3000/verify/q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c';

function traveller(fullName: string, overrides: Partial<ResultPdfTraveller> = {}): ResultPdfTraveller {
  return {
    fullName,
    sex: 'male',
    dateOfBirth: '1990-05-17',
    nationality: { code: 'VNM', nameVi: 'Việt Nam', nameEn: 'Viet Nam' },
    documentType: { nameVi: 'Hộ chiếu', nameEn: 'Passport' },
    documentNumber: 'C1234567',
    documentExpiryDate: '2030-01-31',
    ...overrides,
  };
}

function resultData(travellers: ResultPdfTraveller[]): ResultPdfData {
  return {
    resultNumber: 'LT-2026-000042',
    issuedAt: new Date('2026-12-04T18:30:00Z'),
    validFrom: '2026-12-05',
    validUntil: '2026-12-07',
    gate: { code: 'LT', nameVi: 'Cửa khẩu quốc tế Lệ Thanh', nameEn: 'Lệ Thanh International Border Gate' },
    direction: 'exit',
    plannedCrossingDate: '2026-12-05',
    purpose: { nameVi: 'Làm việc', nameEn: 'Work' },
    travellers,
    officerName: 'Rơ Châm Hyun',
    verificationUrl: VERIFICATION_URL,
  };
}

describe('renderResultPdf', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'result-pdf-'));
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  async function renderToFile(data: ResultPdfData, name: string): Promise<string> {
    const file = path.join(folder, name);
    await writeFile(file, await renderResultPdf(data));
    return file;
  }

  it('prints a name typed in NFD exactly in NFC', async () => {
    const file = await renderToFile(
      resultData([traveller('Trần Thị Bích Ngọc'), traveller(NFC_NAME.normalize('NFD'))]),
      'nfd.pdf',
    );

    const text = await extractText(file);

    expect(text).toContain(NFC_NAME);
    expect(text).toContain('Trần Thị Bích Ngọc');
    expect(text).not.toContain(NFC_NAME.normalize('NFD'));
  });

  it('keeps letters with a dot below in the text layer', async () => {
    const file = await renderToFile(resultData([traveller('Lê Thị Mỵ')]), 'dot-below.pdf');

    const text = await extractText(file);

    expect(text).toContain('Họ và tên / Full name');
    expect(text).toContain('Quốc tịch / Nationality');
    expect(text).toContain('Lê Thị Mỵ');
  });

  it('prints the number, dates, gate and issuing unit in both languages', async () => {
    const file = await renderToFile(resultData([traveller(NFC_NAME)]), 'fields.pdf');

    const text = await extractText(file);

    expect(text).toContain('LT-2026-000042');
    expect(text).toContain('05/12/2026 - 07/12/2026');
    // 18:30 UTC on 4 December is already 5 December in Asia/Ho_Chi_Minh.
    expect(text).toContain('05/12/2026');
    expect(text).toContain('17/05/1990');
    expect(text).toContain('31/01/2030');
    expect(text).toContain('Xuất cảnh / Exit');
    expect(text).toContain('Cửa khẩu quốc tế Lệ Thanh');
    expect(text).toContain('Đồn Biên phòng Cửa khẩu quốc tế Lệ Thanh');
    expect(text).toContain('Lệ Thanh International Border Gate Border Guard Station');
    expect(text).toContain('Rơ Châm Hyun');
    expect(text).toContain(VERIFICATION_URL);
  });

  it('draws a QR code that decodes to the verification URL', async () => {
    const file = await renderToFile(resultData([traveller(NFC_NAME)]), 'qr.pdf');

    await run('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', file, path.join(folder, 'qr')]);
    const image = PNG.sync.read(await readFile(path.join(folder, 'qr-1.png')));
    const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);

    expect(decoded?.data).toBe(VERIFICATION_URL);
  });

  it('draws the QR code as vector shapes, not an image', async () => {
    const file = await renderToFile(resultData([traveller(NFC_NAME)]), 'vector.pdf');

    const { stdout } = await run('pdfimages', ['-list', file]);

    // pdfimages prints two header lines and then one line per embedded image.
    expect(stdout.trim().split('\n').length).toBe(2);
  });

  it('wraps ten long names over pages without overlapping text', async () => {
    const longName = 'Nguyễn Thị Phương Thảo Hoàng Lê Quang Vinh Trần Bảo Ngọc Rơ Mah H’Linh Siu Ksor';
    const travellers = Array.from({ length: 10 }, (_, index) => traveller(`${longName} ${index + 1}`));
    const file = await renderToFile(resultData(travellers), 'long.pdf');

    const words = await extractWordBoxes(file);
    const text = await extractText(file);

    for (let index = 1; index <= 10; index++) {
      expect(text.replace(/\s+/g, ' ')).toContain(`${longName} ${index}`);
    }
    expect(new Set(words.map((word) => word.page)).size).toBeGreaterThan(1);
    expect(overlappingWords(words)).toEqual([]);
    const pastMargin = words.filter((word) => word.xMax > 595.28 - 48 + 0.5).map((word) => word.text);
    expect(pastMargin).toEqual([]);
  });
});
