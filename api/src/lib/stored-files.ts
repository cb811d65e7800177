import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes bytes under `<dataDir>/<folder>/` with a random name and returns the path relative
 * to the data directory. The bytes go to a temporary file first and are renamed into place,
 * so a reader never sees a half-written file. The random name means that a path never reveals
 * a record number or a person, and that no user input ever becomes part of a path.
 */
export async function writeStoredFile(
  dataDir: string,
  folder: string,
  extension: string,
  bytes: Buffer,
): Promise<string> {
  const directory = path.join(dataDir, folder);
  await mkdir(directory, { recursive: true });

  const fileName = `${randomBytes(16).toString('hex')}.${extension}`;
  const finalPath = path.join(directory, fileName);
  const temporaryPath = `${finalPath}.${process.pid}.tmp`;

  try {
    await writeFile(temporaryPath, bytes, { mode: 0o640, flag: 'wx' });
    await rename(temporaryPath, finalPath);
  } catch (error) {
    await rm(temporaryPath, { force: true });
    throw error;
  }

  return path.posix.join(folder, fileName);
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

/** Removes a stored file that no row points to any more. A file already gone is not an error. */
export async function removeStoredFile(dataDir: string, relativePath: string): Promise<void> {
  await rm(resolveStoredPath(dataDir, relativePath), { force: true });
}
