import { readFile } from 'node:fs/promises';

import type { Sequelize } from 'sequelize';

import { resolveStoredPath } from '../../lib/stored-files';
import { findPhotoKeysByPosition } from './traveller-photos.repository';

/**
 * Reads the portraits of a declaration's travellers for its result PDF, by traveller position.
 * The render job finds them from the result's declaration, so its payload holds no image. A
 * photo row whose file is missing is an error: the job retries, and then fails visibly,
 * rather than issue a result without the photo the traveller gave.
 */
export async function loadResultPhotos(
  sequelize: Sequelize,
  dataDir: string,
  declarationId: string,
): Promise<Map<number, Buffer>> {
  const keys = await findPhotoKeysByPosition(sequelize, declarationId);

  const photos = new Map<number, Buffer>();
  for (const [position, storageKey] of keys) {
    try {
      photos.set(position, await readFile(resolveStoredPath(dataDir, storageKey)));
    } catch (error) {
      throw new Error(`Photo of declaration ${declarationId}, traveller ${position} cannot be read`, {
        cause: error,
      });
    }
  }
  return photos;
}
