import type { AttachmentType, CargoAttachment } from '@smartgate/shared-models';
import type { Transaction } from 'sequelize';

import { DeclarationModel } from '../declarations/declarations.models';
import { DeclarationAttachmentModel } from './cargo-attachments.models';

/** The columns of a new attachment row. */
export type NewAttachment = Pick<
  DeclarationAttachmentModel,
  | 'id'
  | 'declarationId'
  | 'attachmentType'
  | 'storageKey'
  | 'originalName'
  | 'mediaType'
  | 'sizeBytes'
  | 'sha256'
  | 'uploadedByApplicantId'
  | 'uploadedByOfficerId'
>;

/** Converts a row to the attachment that the API returns, without its storage key. */
export function toCargoAttachment(row: DeclarationAttachmentModel): CargoAttachment {
  return {
    id: row.id,
    type: row.attachmentType,
    originalName: row.originalName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Finds a cargo declaration of a business, locking its row until the transaction ends when
 * one is given, so that an upload or a deletion cannot cross a submission.
 */
export function findBusinessCargoDeclaration(
  declarationId: string,
  businessId: string,
  transaction?: Transaction,
): Promise<DeclarationModel | null> {
  return DeclarationModel.findOne({
    where: { id: declarationId, businessId, kind: 'cargo' },
    attributes: ['id', 'status', 'direction', 'businessId', 'version'],
    transaction,
    lock: transaction ? transaction.LOCK.UPDATE : undefined,
  });
}

/** Lists a declaration's attachments, oldest first. */
export async function listAttachments(
  declarationId: string,
  transaction?: Transaction,
): Promise<CargoAttachment[]> {
  const rows = await DeclarationAttachmentModel.findAll({
    where: { declarationId },
    order: [
      ['createdAt', 'ASC'],
      ['id', 'ASC'],
    ],
    transaction,
  });
  return rows.map(toCargoAttachment);
}

/** Returns the distinct types of a declaration's attachments. */
export async function attachedTypes(
  declarationId: string,
  transaction?: Transaction,
): Promise<AttachmentType[]> {
  const rows = await DeclarationAttachmentModel.findAll({
    where: { declarationId },
    attributes: ['attachmentType'],
    group: ['attachmentType'],
    transaction,
  });
  return rows.map((row) => row.attachmentType);
}

export function countAttachments(declarationId: string, transaction: Transaction): Promise<number> {
  return DeclarationAttachmentModel.count({ where: { declarationId }, transaction });
}

export function findAttachment(
  declarationId: string,
  attachmentId: string,
  transaction?: Transaction,
): Promise<DeclarationAttachmentModel | null> {
  return DeclarationAttachmentModel.findOne({ where: { id: attachmentId, declarationId }, transaction });
}

export function insertAttachment(
  row: NewAttachment,
  transaction: Transaction,
): Promise<DeclarationAttachmentModel> {
  return DeclarationAttachmentModel.create(row, { transaction });
}

/** Deletes an attachment and returns its storage key, or null when there was none. */
export async function deleteAttachment(
  declarationId: string,
  attachmentId: string,
  transaction: Transaction,
): Promise<string | null> {
  const row = await findAttachment(declarationId, attachmentId, transaction);
  if (!row) {
    return null;
  }
  await row.destroy({ transaction });
  return row.storageKey;
}
