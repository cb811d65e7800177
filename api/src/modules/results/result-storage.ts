import { createHash } from 'node:crypto';

import { writeStoredFile } from '../../lib/stored-files';

export { removeStoredFile, resolveStoredPath } from '../../lib/stored-files';

/** Folder under the data directory that contains result PDFs. */
export const RESULTS_FOLDER = 'results';

/** A stored PDF: its path relative to the data directory and its SHA-256 in hex. */
export interface StoredPdf {
  relativePath: string;
  sha256: string;
}

/**
 * Writes a PDF under `<dataDir>/results/` with a random name, so a URL or a path never
 * reveals the result number or a person.
 */
export async function storeResultPdf(dataDir: string, pdf: Buffer): Promise<StoredPdf> {
  const relativePath = await writeStoredFile(dataDir, RESULTS_FOLDER, 'pdf', pdf);

  return {
    relativePath,
    sha256: createHash('sha256').update(pdf).digest('hex'),
  };
}
