import type { DeclarationStatus } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

import { sequelizeOf } from '../../lib/transaction-sequelize';
import { DeclarationTravellerModel } from '../declarations/declarations.models';
import type { PhotoOwnership } from './photo-access';
import { TravellerPhotoModel } from './traveller-photos.models';

/** The columns of a declaration that decide who may change its photos. */
export interface LockedDeclaration extends PhotoOwnership {
  status: DeclarationStatus;
}

/** A photo row to store: the re-encoded file's key and facts, and the cleaned original name. */
export interface NewTravellerPhoto {
  declarationId: string;
  travellerId: string;
  storageKey: string;
  byteSize: number;
  width: number;
  height: number;
  originalName: string | null;
}

/**
 * Locks a declaration row until the transaction ends and returns its owners and status, or null.
 * Photo changes and submission both take this lock first, so a submission never checks the
 * photos while one is being added or removed.
 */
export async function lockDeclaration(
  declarationId: string,
  transaction: Transaction,
): Promise<LockedDeclaration | null> {
  const [row] = await sequelizeOf(transaction).query<LockedDeclaration>(
    `SELECT kind, applicant_id AS "applicantId", business_id AS "businessId", status
       FROM declarations WHERE id = :declarationId FOR UPDATE`,
    { replacements: { declarationId }, transaction, type: QueryTypes.SELECT },
  );
  return row ?? null;
}

/** Returns the id of the traveller at a position of a declaration, or null when there is none. */
export async function findTravellerIdAt(
  declarationId: string,
  position: number,
  transaction?: Transaction,
): Promise<string | null> {
  const traveller = await DeclarationTravellerModel.findOne({
    where: { declarationId, position },
    attributes: ['travellerId'],
    transaction,
  });
  return traveller?.travellerId ?? null;
}

export async function findPhoto(
  declarationId: string,
  travellerId: string,
  transaction?: Transaction,
): Promise<TravellerPhotoModel | null> {
  return TravellerPhotoModel.findOne({ where: { declarationId, travellerId }, transaction });
}

/** Stores a traveller's photo row, replacing the current one, whose storage key it returns (or null). */
export async function savePhoto(
  photo: NewTravellerPhoto,
  transaction: Transaction,
): Promise<{ saved: TravellerPhotoModel; previousKey: string | null }> {
  const previousKey = await deletePhoto(photo.declarationId, photo.travellerId, transaction);

  const saved = await TravellerPhotoModel.create(photo, { transaction });
  return { saved, previousKey };
}

/** Deletes a traveller's photo row. Returns its storage key, or null when there was none. */
export async function deletePhoto(
  declarationId: string,
  travellerId: string,
  transaction: Transaction,
): Promise<string | null> {
  const rows = await sequelizeOf(transaction).query<{ storageKey: string }>(
    `DELETE FROM traveller_photos WHERE declaration_id = :declarationId AND traveller_id = :travellerId
     RETURNING storage_key AS "storageKey"`,
    { replacements: { declarationId, travellerId }, transaction, type: QueryTypes.SELECT },
  );
  return rows[0]?.storageKey ?? null;
}

/**
 * Deletes the photos whose traveller is no longer in the declaration, after its traveller list
 * was replaced. Returns their storage keys. The deferred foreign key rejects the commit of a
 * transaction that leaves such a photo behind.
 */
export async function deletePhotosOfRemovedTravellers(
  declarationId: string,
  transaction: Transaction,
): Promise<string[]> {
  const rows = await sequelizeOf(transaction).query<{ storageKey: string }>(
    `DELETE FROM traveller_photos p
     WHERE p.declaration_id = :declarationId
       AND NOT EXISTS (
         SELECT 1 FROM declaration_travellers t
         WHERE t.declaration_id = p.declaration_id AND t.traveller_id = p.traveller_id
       )
     RETURNING p.storage_key AS "storageKey"`,
    { replacements: { declarationId }, transaction, type: QueryTypes.SELECT },
  );
  return rows.map((row) => row.storageKey);
}

/**
 * Lists the storage keys of a declaration's photos by traveller position. It uses plain SQL
 * because the worker, which renders result PDFs, does not define the Sequelize models.
 */
export async function findPhotoKeysByPosition(
  sequelize: Sequelize,
  declarationId: string,
): Promise<Map<number, string>> {
  const rows = await sequelize.query<{ position: number; storageKey: string }>(
    `SELECT t.position, p.storage_key AS "storageKey"
     FROM traveller_photos p
     JOIN declaration_travellers t
       ON t.declaration_id = p.declaration_id AND t.traveller_id = p.traveller_id
     WHERE p.declaration_id = :declarationId`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
  return new Map(rows.map((row) => [Number(row.position), row.storageKey]));
}

/** Lists the positions of the travellers whose document type requires a photo and who have none, in order. */
export async function findPositionsMissingRequiredPhoto(
  declarationId: string,
  transaction: Transaction,
): Promise<number[]> {
  const rows = await sequelizeOf(transaction).query<{ position: number }>(
    `SELECT t.position
     FROM declaration_travellers t
     JOIN document_types dt ON dt.code = t.document_type
     WHERE t.declaration_id = :declarationId
       AND dt.photo_required
       AND NOT EXISTS (
         SELECT 1 FROM traveller_photos p
         WHERE p.declaration_id = t.declaration_id AND p.traveller_id = t.traveller_id
       )
     ORDER BY t.position`,
    { replacements: { declarationId }, transaction, type: QueryTypes.SELECT },
  );
  return rows.map((row) => Number(row.position));
}
