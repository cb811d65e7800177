import type { CounterPhotoRef } from '@smartgate/shared-models';
import type { Transaction } from 'sequelize';

import type { FieldIssue } from '../../lib/errors';
import { documentTypeRulesByCode } from '../reference/document-types.repository';
import { findPositionsMissingRequiredPhoto, lockDeclaration } from './traveller-photos.repository';
import { photoFieldPath } from './traveller-photos.service';

/**
 * Lists a `photoRequired` issue at `travellers.N.photo` for each stored traveller whose document
 * type requires a photo (the `photo_required` reference data) and who has none. The declaration
 * row is locked first, so a photo being uploaded or removed at the same time is either counted
 * or refused because the declaration was submitted.
 */
export async function missingPhotoIssues(
  declarationId: string,
  transaction: Transaction,
): Promise<FieldIssue[]> {
  await lockDeclaration(declarationId, transaction);

  const positions = await findPositionsMissingRequiredPhoto(declarationId, transaction);
  return positions.map((position) => ({ path: photoFieldPath(position), code: 'photoRequired' }));
}

/**
 * Lists a `photoRequired` issue at `travellers.N.photo` for each traveller of a filing at the
 * counter whose document type requires a photo and who has no portrait among the filing's
 * `photos`. A counter filing brings its portraits in the same request, so the travellers and
 * photos are checked before anything is stored.
 */
export async function missingCounterPhotoIssues(
  travellers: readonly { documentType?: string | null }[],
  photos: readonly CounterPhotoRef[],
  transaction: Transaction,
): Promise<FieldIssue[]> {
  const rules = await documentTypeRulesByCode(transaction);
  const photographed = new Set(photos.map((photo) => photo.position));

  return travellers.flatMap((traveller, position) => {
    const photoRequired = traveller.documentType ? rules.get(traveller.documentType)?.photoRequired : false;
    return photoRequired && !photographed.has(position)
      ? [{ path: photoFieldPath(position), code: 'photoRequired' }]
      : [];
  });
}
