import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { renderResultPdf } from './render-result-pdf';
import type { ResultPdfData } from './result-pdf-data';

const run = promisify(execFile);

const NAMES = ['Lê Thị Mỵ', 'Nguyễn Trọng Thiện', 'Siu Hyun'];

function resultData(fullName: string, index: number): ResultPdfData {
  return {
    resultNumber: `LT-2026-00010${index}`,
    issuedAt: new Date('2026-12-04T03:00:00Z'),
    validFrom: '2026-12-05',
    validUntil: '2026-12-07',
    gate: { code: 'LT', nameVi: 'Cửa khẩu quốc tế Lệ Thanh', nameEn: 'Lệ Thanh International Border Gate' },
    direction: 'entry',
    plannedCrossingDate: '2026-12-05',
    purpose: { nameVi: 'Du lịch', nameEn: 'Tourism' },
    travellers: [
      {
        fullName,
        sex: 'female',
        dateOfBirth: '1991-02-03',
        nationality: { code: 'VNM', nameVi: 'Việt Nam', nameEn: 'Viet Nam' },
        documentType: { nameVi: 'Hộ chiếu', nameEn: 'Passport' },
        documentNumber: `B765432${index}`,
        documentExpiryDate: '2031-06-30',
      },
    ],
    officerName: 'Rơ Châm Hyun',
    verificationUrl: `http://localhost:3000/verify/token-${index}`,
  };
}

describe('result PDF fonts shared between documents', () => {
  let folder: string;
  const files: string[] = [];

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'result-fonts-'));
    // One after the other, so later documents use the fonts and shaped words of earlier ones.
    for (const [index, name] of NAMES.entries()) {
      const file = path.join(folder, `result-${index}.pdf`);
      await writeFile(file, await renderResultPdf(resultData(name, index)));
      files.push(file);
    }
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('prints each document with its own text', async () => {
    for (const [index, file] of files.entries()) {
      const { stdout: text } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);

      expect(text).toContain(NAMES[index]);
      expect(text).toContain(`B765432${index}`);
      for (const other of NAMES.filter((_, otherIndex) => otherIndex !== index)) {
        expect(text).not.toContain(other);
      }
    }
  });

  it('embeds a subset of each font in every document', async () => {
    for (const file of files) {
      const { stdout } = await run('pdffonts', [file]);
      const fontLines = stdout.split('\n').filter((line) => line.includes('NotoSans'));

      expect(fontLines.length).toBe(2);
      for (const line of fontLines) {
        // Columns emb, sub and uni: embedded, subset, with a ToUnicode map.
        expect(line).toMatch(/\+NotoSans-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes yes yes/);
      }
    }
  });
});
