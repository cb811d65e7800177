import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { demoSigningEnvironment } from '../signing/demo-certificate';
import { loadResultSigner } from '../signing/load-result-signer';
import type { ResultSigner } from '../signing/result-signer';
import { pdfsig } from './pdf-inspection.fixtures';
import { renderResultPdf } from './render-result-pdf';
import { renderSignedResultPdf } from './render-signed-result-pdf';
import type { ResultPdfData } from './result-pdf-data';

const run = promisify(execFile);

const RESULT_NUMBER = 'LT-2026-000042';

const DATA: ResultPdfData = {
  resultNumber: RESULT_NUMBER,
  issuedAt: new Date('2026-12-04T18:30:00Z'),
  validFrom: '2026-12-05',
  validUntil: '2026-12-07',
  gate: { code: 'LT', nameVi: 'Cửa khẩu quốc tế Lệ Thanh', nameEn: 'Lệ Thanh International Border Gate' },
  direction: 'entry',
  plannedCrossingDate: '2026-12-05',
  purpose: { nameVi: 'Du lịch', nameEn: 'Tourism' },
  travellers: [
    {
      fullName: 'Nguyễn Trọng Thiện',
      sex: 'male',
      dateOfBirth: '1990-05-17',
      nationality: { code: 'VNM', nameVi: 'Việt Nam', nameEn: 'Viet Nam' },
      documentType: { nameVi: 'Hộ chiếu', nameEn: 'Passport' },
      documentNumber: 'C1234567',
      documentExpiryDate: '2030-01-31',
    },
  ],
  officerName: 'Rơ Châm Hyun',
  verificationUrl: 'http://localhost:3000/verify/q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c',
};

describe('signResultPdf', () => {
  let folder: string;
  let signer: ResultSigner;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'signed-pdf-'));
    const environment = demoSigningEnvironment();
    signer = loadResultSigner({
      p12Path: environment.RESULT_SIGNING_P12_PATH,
      password: environment.RESULT_SIGNING_P12_PASSWORD,
    });
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  async function write(name: string, pdf: Buffer): Promise<string> {
    const file = path.join(folder, name);
    await writeFile(file, pdf);
    return file;
  }

  it('produces a PAdES signature that pdfsig accepts', async () => {
    const file = await write('signed.pdf', await renderSignedResultPdf(DATA, signer));

    const report = await pdfsig(file);

    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Total document signed');
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Signing Hash Algorithm: SHA-256');
    expect(report).toContain(`Signer Certificate Common Name: ${signer.signerName}`);
    expect(report).toContain('Signing Time: Dec 04 2026 18:30:00');
  });

  it('fails verification after one changed byte', async () => {
    const signed = await renderSignedResultPdf(DATA, signer);
    // The document title in the info dictionary carries the result number, inside the signed bytes.
    const title = signed.indexOf(`RESULT ${RESULT_NUMBER}`);
    const tampered = Buffer.from(signed);
    tampered[title + `RESULT ${RESULT_NUMBER}`.length - 1] = '3'.charCodeAt(0);
    const file = await write('tampered.pdf', tampered);

    const report = await pdfsig(file);

    expect(title).toBeGreaterThan(0);
    expect(report).not.toContain('Signature is Valid.');
    expect(report).toContain('Signature Validation: Digest Mismatch.');
  });

  it('keeps the text layer readable', async () => {
    const file = await write('text.pdf', await renderSignedResultPdf(DATA, signer));

    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);

    expect(stdout).toContain(RESULT_NUMBER);
    expect(stdout).toContain('Nguyễn Trọng Thiện');
  });

  it('leaves an unsigned render without a signature field', async () => {
    const file = await write('unsigned.pdf', await renderResultPdf(DATA));

    const report = await pdfsig(file);

    expect(report).toContain('does not contain any signatures');
  });
});
