import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Folder under the data directory that contains result PDFs. */
export const RESULTS_FOLDER = 'results';

/** A stored PDF: its path relative to the data directory and its SHA-256 in hex. */
export interface StoredPdf {
  relativePath: string;
  sha256: string;
}

/**
 * Writes a PDF under `<dataDir>/results/` with a random name. The bytes go to a temporary
 * file first and are renamed into place, so a reader never sees a half-written PDF, and
 * the random name means a URL or a path never reveals the result number or a person.
 */
export async function storeResultPdf(dataDir: string, pdf: Buffer): Promise<StoredPdf> {
  const folder = path.join(dataDir, RESULTS_FOLDER);
  await mkdir(folder, { recursive: true });

  const fileName = `${randomBytes(16).toString('hex')}.pdf`;
  const finalPath = path.join(folder, fileName);
  const temporaryPath = `${finalPath}.${process.pid}.tmp`;

  try {
    await writeFile(temporaryPath, pdf, { mode: 0o640, flag: 'wx' });
    await rename(temporaryPath, finalPath);
  } catch (error) {
    await rm(temporaryPath, { force: true });
    throw error;
  }

  return {
    relativePath: path.posix.join(RESULTS_FOLDER, fileName),
    sha256: createHash('sha256').update(pdf).digest('hex'),
  };
}

/**
 * Resolves a stored relative path inside the data directory. It throws on a path that
 * escapes the directory, which only a corrupted row could hold.
 */
export function resolveStoredPath(dataDir: string, relativePath: string): string {
  const root = path.resolve(dataDir);
  const resolved = path.resolve(root, relativePath);
  if (!resolved.startsWith(root + path.sep)) {
    throw new Error('Stored file path escapes the data directory');
  }
  return resolved;
}

/** Removes a stored file that no row points to, such as the PDF of a render whose transaction failed. */
export async function removeStoredFile(dataDir: string, relativePath: string): Promise<void> {
  await rm(resolveStoredPath(dataDir, relativePath), { force: true });
}
