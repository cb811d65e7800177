import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import sharp from 'sharp';

import { renderResultPdf } from './render-result-pdf';
import type { ResultPdfData, ResultPdfTraveller } from './result-pdf-data';
import { PORTRAIT_BOX } from './traveller-portrait';

const run = promisify(execFile);

const A4_WIDTH = 595.28;
const MARGIN = 48;

function traveller(fullName: string, photo?: Buffer): ResultPdfTraveller {
  return {
    fullName,
    sex: 'female',
    dateOfBirth: '1992-11-03',
    nationality: { code: 'KHM', nameVi: 'Campuchia', nameEn: 'Cambodia' },
    documentType: { nameVi: 'Giấy thông hành biên giới', nameEn: 'Border pass' },
    documentNumber: 'KH1234567890ABCDEFGH',
    documentExpiryDate: '2027-06-30',
    ...(photo ? { photo } : {}),
  };
}

function resultData(travellers: ResultPdfTraveller[]): ResultPdfData {
  return {
    resultNumber: 'LT-2026-000077',
    issuedAt: new Date('2026-12-04T03:00:00Z'),
    validFrom: '2026-12-05',
    validUntil: '2026-12-07',
    gate: { code: 'LT', nameVi: 'Cửa khẩu quốc tế Lệ Thanh', nameEn: 'Lệ Thanh International Border Gate' },
    direction: 'entry',
    plannedCrossingDate: '2026-12-05',
    purpose: { nameVi: 'Làm việc', nameEn: 'Work' },
    travellers,
    officerName: 'Rơ Châm Hyun',
    verificationUrl: 'http://localhost:3000/verify/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  };
}

/** Builds a 600 × 800 JPEG like the ones the API stores. */
function portrait(): Promise<Buffer> {
  return sharp({ create: { width: 600, height: 800, channels: 3, background: '#c08060' } })
    .jpeg()
    .toBuffer();
}

describe('result PDF portraits', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'result-portrait-'));
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  async function render(data: ResultPdfData, name: string): Promise<string> {
    const file = path.join(folder, name);
    await writeFile(file, await renderResultPdf(data));
    return file;
  }

  /** Lists the images of a PDF as `pdfimages -list` prints them: type, width, height and encoding. */
  async function images(file: string): Promise<string[][]> {
    const { stdout } = await run('pdfimages', ['-list', file]);
    return stdout
      .trim()
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/));
  }

  it('embeds each traveller’s photo as a JPEG image', async () => {
    const photo = await portrait();
    const file = await render(
      resultData([
        traveller('Nguyễn Thị Lan', photo),
        traveller('Siu Ksor'),
        traveller('Rơ Mah Hiếu', photo),
      ]),
      'photos.pdf',
    );

    const embedded = await images(file);

    expect(embedded.length).toBe(2);
    for (const columns of embedded) {
      // Columns: page, num, type, width, height, color, comp, bpc, enc.
      expect(columns[2]).toBe('image');
      expect(columns.slice(3, 5)).toEqual(['600', '800']);
      expect(columns[8]).toBe('jpeg');
    }
  });

  it('keeps long values left of the photo', async () => {
    const longName = 'Nguyễn Thị Phương Thảo Hoàng Lê Quang Vinh Trần Bảo Ngọc Rơ Mah H’Linh Siu Ksor';
    const photo = await portrait();
    const file = await render(
      resultData([traveller(longName, photo), traveller(longName, photo)]),
      'long.pdf',
    );

    const { stdout } = await run('pdftotext', ['-bbox', file, '-']);
    const photoLeft = A4_WIDTH - MARGIN - PORTRAIT_BOX.width;
    const pattern = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
    const travellerWords = [...stdout.matchAll(pattern)]
      .map((match) => ({ xMax: Number(match[3]), text: match[5] }))
      .filter((word) => longName.includes(word.text) || word.text === 'KH1234567890ABCDEFGH');
    const { stdout: text } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);

    expect(travellerWords.length).toBeGreaterThan(0);
    expect(travellerWords.filter((word) => word.xMax > photoLeft).map((word) => word.text)).toEqual([]);
    expect(text.replace(/\s+/g, ' ')).toContain(longName);
  });
});
