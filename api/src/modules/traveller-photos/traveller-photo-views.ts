import type { TravellerPhotoStatus } from '@smartgate/shared-models';

import type { DeclarationModel } from '../declarations/declarations.models';
import type { TravellerPhotoModel } from './traveller-photos.models';

/** Builds the photo status of one traveller from its photo row, or from none. */
export function toPhotoStatus(
  traveller: { position: number; travellerId: string },
  photo: TravellerPhotoModel | null | undefined,
): TravellerPhotoStatus {
  return {
    position: traveller.position,
    travellerId: traveller.travellerId,
    hasPhoto: Boolean(photo),
    originalName: photo?.originalName ?? null,
    uploadedAt: photo ? photo.createdAt.toISOString() : null,
  };
}

/** Lists whether each traveller of a declaration, loaded with its travellers and photos, has a photo. */
export function toTravellerPhotoStatuses(declaration: DeclarationModel): TravellerPhotoStatus[] {
  const photos = new Map((declaration.photos ?? []).map((photo) => [photo.travellerId, photo]));

  return (declaration.travellers ?? []).map((traveller) =>
    toPhotoStatus(traveller, photos.get(traveller.travellerId)),
  );
}
