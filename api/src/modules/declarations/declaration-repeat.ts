import type { Sequelize } from 'sequelize';

import type { TravellerPhotoFiles } from '../traveller-photos/traveller-photo-files';
import { TravellerPhotoModel } from '../traveller-photos/traveller-photos.models';
import type { NewTravellerPhoto } from '../traveller-photos/traveller-photos.repository';
import { toDraftData } from './declaration-views';
import type { DeclarationModel } from './declarations.models';
import { insertDraft, recordStatusChange, type Actor } from './declarations.repository';

type PhotoCopy = Omit<NewTravellerPhoto, 'declarationId'>;

/**
 * Copies each traveller's photo to a new file, because a declaration's photo files are removed
 * with its travellers. A photo whose file is gone is skipped, and the traveller adds it again.
 */
export async function copyPhotoFiles(
  photoFiles: TravellerPhotoFiles,
  photos: readonly TravellerPhotoModel[],
): Promise<PhotoCopy[]> {
  const copies: PhotoCopy[] = [];
  try {
    for (const photo of photos) {
      const jpeg = await photoFiles.read(photo.storageKey);
      if (jpeg) {
        const { travellerId, byteSize, width, height, originalName } = photo;
        copies.push({
          travellerId,
          storageKey: await photoFiles.store(jpeg),
          byteSize,
          width,
          height,
          originalName,
        });
      }
    }
  } catch (error) {
    await photoFiles.removeUnused(copies.map((copy) => copy.storageKey));
    throw error;
  }
  return copies;
}

/**
 * Inserts a new draft with the gate, direction, purpose, vehicle and travellers of `original`,
 * their photos included, but no crossing date. Travellers keep their ids, which are unique only
 * within a declaration, so each copied photo stays with its person. The draft gets its own
 * history, starting at "draft"; the original's reference, result and change requests stay behind.
 * Returns the new draft's id.
 */
export async function insertRepeatedDraft(
  sequelize: Sequelize,
  photoFiles: TravellerPhotoFiles,
  original: DeclarationModel,
  actor: Actor,
): Promise<string> {
  const applicantId = original.applicantId;
  if (applicantId === null) {
    throw new Error(
      `Declaration ${original.id} was filed at the counter and has no applicant to repeat it for`,
    );
  }
  const draft = { ...toDraftData(original), plannedCrossingDate: undefined };
  const photos = await copyPhotoFiles(photoFiles, original.photos ?? []);

  try {
    return await sequelize.transaction(async (transaction) => {
      const id = await insertDraft(applicantId, draft, transaction);
      await recordStatusChange(id, { from: null, to: 'draft' }, actor, transaction);
      await TravellerPhotoModel.bulkCreate(
        photos.map((photo) => ({ ...photo, declarationId: id })),
        { transaction },
      );
      return id;
    });
  } catch (error) {
    await photoFiles.removeUnused(photos.map((photo) => photo.storageKey));
    throw error;
  }
}
