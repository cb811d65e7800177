import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

import type Mail from 'nodemailer/lib/mailer';

import { resolveStoredPath } from '../results/result-storage';

/** A stored result PDF whose content no longer matches the checksum recorded when it was issued. */
export class ResultPdfChecksumError extends Error {
  constructor(resultNumber: string) {
    super(`The stored PDF of result ${resultNumber} does not match its recorded SHA-256`);
    this.name = 'ResultPdfChecksumError';
  }
}

/**
 * Reads an issued result's PDF from storage as an e-mail attachment named after the result
 * number. The content is checked against the SHA-256 recorded at issue, so a damaged or
 * replaced file is never sent. A missing file rejects with the file system's error.
 */
export async function resultPdfAttachment(
  dataDir: string,
  result: { resultNumber: string; pdfPath: string; pdfSha256: string },
): Promise<Mail.Attachment> {
  const content = await readFile(resolveStoredPath(dataDir, result.pdfPath));

  if (createHash('sha256').update(content).digest('hex') !== result.pdfSha256) {
    throw new ResultPdfChecksumError(result.resultNumber);
  }
  return { filename: `${result.resultNumber}.pdf`, content, contentType: 'application/pdf' };
}
