import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Extracts the text of every page with pdf.js, joined by newlines. */
export async function extractPdfText(pdf: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];

  for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
    const page = await document.getPage(pageNumber);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }

  await document.destroy();
  return pages.join('\n');
}

/**
 * Decodes the QR code on the first page: poppler's `pdftoppm` rasterizes the page at
 * 150 dpi and jsQR reads the code from the pixels, as a phone camera would.
 */
export function decodeQrCode(pdf: Buffer): string {
  const directory = mkdtempSync(join(tmpdir(), 'smartgate-qr-'));
  try {
    const pdfPath = join(directory, 'result.pdf');
    writeFileSync(pdfPath, pdf);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '150',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdfPath,
      join(directory, 'page'),
    ]);

    const image = PNG.sync.read(readFileSync(join(directory, 'page.png')));
    const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    if (!code) {
      throw new Error('No QR code found on the first page of the result PDF');
    }
    return code.data;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/**
 * Decodes the QR codes of every page, one per page at most because jsQR reads one symbol per
 * image, and returns the pages' contents in page order. A result should carry a single code.
 */
export function decodeQrCodesOfEveryPage(pdf: Buffer): string[] {
  const directory = mkdtempSync(join(tmpdir(), 'smartgate-qr-'));
  try {
    const pdfPath = join(directory, 'result.pdf');
    writeFileSync(pdfPath, pdf);
    execFileSync('pdftoppm', ['-png', '-r', '150', pdfPath, join(directory, 'page')]);

    return readdirSync(directory)
      .filter((name) => name.endsWith('.png'))
      .sort()
      .flatMap((name) => {
        const image = PNG.sync.read(readFileSync(join(directory, name)));
        const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
        return code ? [code.data] : [];
      });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
