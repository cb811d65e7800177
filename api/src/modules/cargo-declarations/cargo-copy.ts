import type { CargoDeclarationDraft } from '@smartgate/shared-models';
import type { Sequelize } from 'sequelize';

import { copyPhotoFiles } from '../declarations/declaration-repeat';
import type { DeclarationModel } from '../declarations/declarations.models';
import { recordStatusChange, type Actor } from '../declarations/declarations.repository';
import type { TravellerPhotoFiles } from '../traveller-photos/traveller-photo-files';
import { TravellerPhotoModel } from '../traveller-photos/traveller-photos.models';
import { insertCargoDraft } from './cargo-declarations.repository';

/**
 * Inserts a new cargo draft with `draft` as its data, and a copy of each photo of the original's
 * driver and crew, who keep their traveller ids. The copy starts its own history at "draft";
 * the original's reference, result, attachments and change requests stay behind. Returns its id.
 */
export async function insertCargoCopy(
  sequelize: Sequelize,
  photoFiles: TravellerPhotoFiles,
  source: { original: DeclarationModel; draft: CargoDeclarationDraft },
  owner: { businessId: string; applicantId: string },
  actor: Actor,
): Promise<string> {
  const photos = await copyPhotoFiles(photoFiles, source.original.photos ?? []);

  try {
    return await sequelize.transaction(async (transaction) => {
      const id = await insertCargoDraft(sequelize, owner, source.draft, transaction);
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
