import { readFile } from 'node:fs/promises';

import type { Logger } from '../../lib/logger';
import { removeStoredFile, resolveStoredPath, writeStoredFile } from '../../lib/stored-files';

/** Folder under the data directory that contains the re-encoded portrait photos. */
export const PHOTOS_FOLDER = 'traveller-photos';

/** The photo files under `<dataDir>/traveller-photos/`, each under a random name. */
export class TravellerPhotoFiles {
  private readonly log: Logger;

  constructor(
    private readonly dataDir: string,
    logger: Logger,
  ) {
    this.log = logger.child({ module: 'traveller-photos' });
  }

  /** Stores a re-encoded JPEG and returns its storage key, the path relative to the data directory. */
  store(jpeg: Buffer): Promise<string> {
    return writeStoredFile(this.dataDir, PHOTOS_FOLDER, 'jpg', jpeg);
  }

  /** Reads a stored photo; returns null when the file is gone, which a concurrent replacement can cause. */
  async read(storageKey: string): Promise<Buffer | null> {
    try {
      return await readFile(resolveStoredPath(this.dataDir, storageKey));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        this.log.warn({ event: 'traveller_photo.file_missing', storageKey }, 'Photo file not found');
        return null;
      }
      throw error;
    }
  }

  /**
   * Removes the files of photos that no row points to any more. The change that freed them has
   * committed already, so a failure is logged rather than thrown.
   */
  async removeUnused(storageKeys: readonly (string | null)[]): Promise<void> {
    for (const storageKey of storageKeys) {
      if (storageKey === null) {
        continue;
      }
      try {
        await removeStoredFile(this.dataDir, storageKey);
      } catch (error) {
        this.log.error(
          { event: 'traveller_photo.remove_failed', storageKey, err: error },
          'Could not remove an unused photo file',
        );
      }
    }
  }
}
