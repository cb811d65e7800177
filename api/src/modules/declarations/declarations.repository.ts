import { foldText, type CrossingDeclarationDraft, type DeclarationStatus } from '@smartgate/shared-models';
import { literal, type Transaction, type WhereOptions } from 'sequelize';

import { TravellerPhotoModel } from '../traveller-photos/traveller-photos.models';
import { deletePhotosOfRemovedTravellers } from '../traveller-photos/traveller-photos.repository';
import { vehicleColumns } from './declaration-vehicle';
import { DeclarationEventModel, DeclarationModel, DeclarationTravellerModel } from './declarations.models';
import { assignTravellerIds } from './traveller-ids';

/** Actor of a status change, for the declaration's history. */
export interface Actor {
  type: 'applicant' | 'officer' | 'system';
  id: string | null;
}

/** Maps a draft's declaration fields to the model's columns, with null for blank fields. */
export function draftColumns(draft: CrossingDeclarationDraft) {
  return {
    gateCode: draft.gateCode ?? null,
    direction: draft.direction ?? null,
    plannedCrossingDate: draft.plannedCrossingDate ?? null,
    purposeCode: draft.purposeCode ?? null,
    ...vehicleColumns(draft.vehicle),
  };
}

/** Builds the traveller rows of a draft in order, each with its id (kept from the draft or new). */
export function travellerRows(declarationId: string, draft: CrossingDeclarationDraft) {
  const travellerIds = assignTravellerIds(draft.travellers);

  return draft.travellers.map((traveller, position) => ({
    declarationId,
    position,
    travellerId: travellerIds[position],
    fullName: traveller.fullName ?? null,
    fullNameFolded: traveller.fullName ? foldText(traveller.fullName) : null,
    sex: traveller.sex ?? null,
    dateOfBirth: traveller.dateOfBirth ?? null,
    nationality: traveller.nationality ?? null,
    documentType: traveller.documentType ?? null,
    documentNumber: traveller.documentNumber ?? null,
    documentExpiryDate: traveller.documentExpiryDate ?? null,
    documentIssueDate: traveller.documentIssueDate ?? null,
    documentValidProvince: traveller.documentValidProvince ?? null,
  }));
}

/** Loads a declaration with its travellers in order and their photos, or null. */
export async function findDeclaration(
  id: string,
  options: { transaction?: Transaction; where?: WhereOptions } = {},
): Promise<DeclarationModel | null> {
  return DeclarationModel.findOne({
    where: { ...options.where, id },
    include: [
      { model: DeclarationTravellerModel, as: 'travellers' },
      { model: TravellerPhotoModel, as: 'photos' },
    ],
    order: [[{ model: DeclarationTravellerModel, as: 'travellers' }, 'position', 'ASC']],
    transaction: options.transaction,
  });
}

export async function insertDraft(
  applicantId: string,
  draft: CrossingDeclarationDraft,
  transaction: Transaction,
): Promise<string> {
  const declaration = await DeclarationModel.create(
    {
      applicantId,
      ...draftColumns(draft),
      submittedAt: null,
      decidedAt: null,
      decidedBy: null,
      rejectionReason: null,
    },
    { transaction },
  );
  await DeclarationTravellerModel.bulkCreate(travellerRows(declaration.id, draft), { transaction });
  return declaration.id;
}

/**
 * Replaces the draft's fields and its whole traveller list, so travellers removed in the form
 * disappear, and with them their photos. A photo stays with its traveller's id, whatever the
 * traveller's new position. Returns the storage keys of the deleted photos, whose files the
 * caller removes after the commit.
 */
export async function replaceDraftData(
  id: string,
  draft: CrossingDeclarationDraft,
  transaction: Transaction,
): Promise<string[]> {
  await DeclarationModel.update(draftColumns(draft), { where: { id }, transaction });
  await DeclarationTravellerModel.destroy({ where: { declarationId: id }, transaction });
  await DeclarationTravellerModel.bulkCreate(travellerRows(id, draft), { transaction });
  return deletePhotosOfRemovedTravellers(id, transaction);
}

/**
 * Moves a declaration to its next version, only if it still has the expected version and
 * status: `UPDATE … WHERE id AND version AND status`. A concurrent writer holds the row lock
 * until it commits, after which this WHERE no longer matches. Returns false when nothing matched.
 */
export async function advanceVersion(
  id: string,
  expected: { version: number; status: DeclarationStatus },
  changes: Partial<
    Pick<
      DeclarationModel,
      'status' | 'submittedAt' | 'decidedAt' | 'decidedBy' | 'rejectionReason' | 'rejectionTemplateId'
    >
  >,
  transaction: Transaction,
): Promise<boolean> {
  const [updatedRows] = await DeclarationModel.update(
    { ...changes, version: literal('version + 1') as unknown as number },
    { where: { id, version: expected.version, status: expected.status }, transaction },
  );
  return updatedRows === 1;
}

export async function recordStatusChange(
  declarationId: string,
  change: { from: DeclarationStatus | null; to: DeclarationStatus; reason?: string },
  actor: Actor,
  transaction: Transaction,
): Promise<void> {
  await DeclarationEventModel.create(
    {
      declarationId,
      fromStatus: change.from,
      toStatus: change.to,
      actorType: actor.type,
      actorId: actor.id,
      reason: change.reason ?? null,
    },
    { transaction },
  );
}
