import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

import { QueryTypes, type Sequelize } from 'sequelize';

import { RESULTS_FOLDER } from './result-storage';

const BATCH_SIZE = 500;

/** Files of the results folder that are older than the grace period. */
async function oldFiles(folder: string, graceMs: number, now: number): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return [];
    }
    throw error;
  }

  const old: string[] = [];
  for (const name of names.filter((entry) => entry.endsWith('.pdf') || entry.endsWith('.tmp'))) {
    const stats = await stat(path.join(folder, name)).catch(() => undefined);
    if (stats?.isFile() && now - stats.mtimeMs >= graceMs) {
      old.push(name);
    }
  }
  return old;
}

async function referencedPaths(sequelize: Sequelize, relativePaths: string[]): Promise<Set<string>> {
  const rows = await sequelize.query<{ pdfPath: string }>(
    `SELECT pdf_path AS "pdfPath" FROM results WHERE pdf_path IN (:relativePaths)`,
    { replacements: { relativePaths }, type: QueryTypes.SELECT },
  );
  return new Set(rows.map((row) => row.pdfPath));
}

/**
 * Deletes result PDFs that no result row points to, and temporary files, once they are older
 * than `graceMs`. A worker that dies between storing a PDF and issuing its result leaves such
 * a file behind, and the retried job stores a new one. The grace period protects renders in
 * progress in other workers, so it must be longer than a render plus its issuing transaction.
 * Returns the number of files deleted.
 */
export async function sweepOrphanResultFiles(
  sequelize: Sequelize,
  dataDir: string,
  graceMs: number,
  now = Date.now(),
): Promise<number> {
  const folder = path.join(dataDir, RESULTS_FOLDER);
  const candidates = await oldFiles(folder, graceMs, now);
  let deleted = 0;

  for (let start = 0; start < candidates.length; start += BATCH_SIZE) {
    const names = candidates.slice(start, start + BATCH_SIZE);
    const pdfPaths = names
      .filter((name) => name.endsWith('.pdf'))
      .map((name) => path.posix.join(RESULTS_FOLDER, name));
    const referenced = pdfPaths.length > 0 ? await referencedPaths(sequelize, pdfPaths) : new Set<string>();

    for (const name of names) {
      if (!referenced.has(path.posix.join(RESULTS_FOLDER, name))) {
        await rm(path.join(folder, name), { force: true });
        deleted++;
      }
    }
  }
  return deleted;
}
