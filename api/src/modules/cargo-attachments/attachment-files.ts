import { readFile } from 'node:fs/promises';

import type { Logger } from '../../lib/logger';
import { removeStoredFile, resolveStoredPath, writeStoredFile } from '../../lib/stored-files';

/** Folder under the data directory that contains the attachment files. */
export const ATTACHMENTS_FOLDER = 'attachments';

/** File name extensions of the stored files by media type; the name itself is random. */
const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

/** The attachment files under `<dataDir>/attachments/`, each under a random name. */
export class AttachmentFiles {
  private readonly log: Logger;

  constructor(
    private readonly dataDir: string,
    logger: Logger,
  ) {
    this.log = logger.child({ module: 'cargo-attachments' });
  }

  /** Stores a file and returns its storage key, the path relative to the data directory. */
  store(bytes: Buffer, mediaType: string): Promise<string> {
    return writeStoredFile(this.dataDir, ATTACHMENTS_FOLDER, EXTENSIONS[mediaType] ?? 'bin', bytes);
  }

  /** Reads a stored file; returns null when it is gone, which a concurrent deletion can cause. */
  async read(storageKey: string): Promise<Buffer | null> {
    try {
      return await readFile(resolveStoredPath(this.dataDir, storageKey));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        this.log.warn({ event: 'cargo_attachment.file_missing', storageKey }, 'Attachment file not found');
        return null;
      }
      throw error;
    }
  }

  /**
   * Removes files that no row points to any more. The change that freed them has committed
   * already, so a failure is logged rather than thrown.
   */
  async removeUnused(storageKeys: readonly string[]): Promise<void> {
    for (const storageKey of storageKeys) {
      try {
        await removeStoredFile(this.dataDir, storageKey);
      } catch (error) {
        this.log.error(
          { event: 'cargo_attachment.remove_failed', storageKey, err: error },
          'Could not remove an unused attachment file',
        );
      }
    }
  }
}
