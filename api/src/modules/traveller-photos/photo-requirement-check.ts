import type { Transaction } from 'sequelize';

import type { FieldIssue } from '../../lib/errors';
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
