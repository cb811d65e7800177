import {
  arrivalLocalDate,
  plateSearchKey,
  type CargoDeclarationDraft,
  type PageQuery,
} from '@smartgate/shared-models';
import type { Sequelize, Transaction } from 'sequelize';

import { DeclarationModel, DeclarationTravellerModel } from '../declarations/declarations.models';
import { findDeclaration, travellerRows } from '../declarations/declarations.repository';
import { deletePhotosOfRemovedTravellers } from '../traveller-photos/traveller-photos.repository';
import { replaceGoodsLines } from './goods-lines.repository';

/** Folds a plate for matching camera reads; a plate only in Khmer folds to nothing, stored as null. */
function searchKeyOf(plate: string | undefined): string | null {
  return plate ? plateSearchKey(plate) || null : null;
}

/**
 * Maps a cargo draft to the declaration's columns, with null for blank fields. The crossing date
 * is the planned arrival's local date, so queues and the gate desk treat both kinds alike.
 */
export function cargoColumns(draft: CargoDeclarationDraft) {
  const { vehicle, trailer, counterpart } = draft;
  return {
    gateCode: draft.gateCode ?? null,
    direction: draft.direction ?? null,
    plannedArrivalAt: draft.plannedArrivalAt ? new Date(draft.plannedArrivalAt) : null,
    plannedCrossingDate: draft.plannedArrivalAt ? arrivalLocalDate(draft.plannedArrivalAt) : null,
    purposeCode: null,
    counterpartName: counterpart?.name ?? null,
    counterpartAddress: counterpart?.address ?? null,
    counterpartCountry: counterpart?.country ?? null,
    vehicleKind: vehicle?.kind ?? null,
    vehiclePlateCountry: vehicle?.plateCountry ?? null,
    vehiclePlateNumber: vehicle?.plateNumber ?? null,
    vehiclePlateSearchKey: searchKeyOf(vehicle?.plateNumber),
    transportLicenceNumber: vehicle?.transportLicenceNumber ?? null,
    transportLicenceExpiry: vehicle?.transportLicenceExpiry ?? null,
    trailerPlateCountry: trailer?.plateCountry ?? null,
    trailerPlateNumber: trailer?.plateNumber ?? null,
    trailerPlateSearchKey: searchKeyOf(trailer?.plateNumber),
  };
}

/** The driver (position 0) and crew rows of a cargo draft, each with its traveller id. */
export function crewRows(declarationId: string, draft: CargoDeclarationDraft) {
  return travellerRows(declarationId, { travellers: draft.travellers }).map((row) => ({
    ...row,
    crewRole: row.position === 0 ? ('driver' as const) : ('crew' as const),
  }));
}

/** Inserts a cargo draft of a business, filed by one of its members, with its crew and goods. */
export async function insertCargoDraft(
  sequelize: Sequelize,
  owner: { businessId: string; applicantId: string },
  draft: CargoDeclarationDraft,
  transaction: Transaction,
): Promise<string> {
  const declaration = await DeclarationModel.create(
    {
      kind: 'cargo',
      businessId: owner.businessId,
      applicantId: owner.applicantId,
      ...cargoColumns(draft),
      submittedAt: null,
      decidedAt: null,
      decidedBy: null,
      rejectionReason: null,
    },
    { transaction },
  );
  await DeclarationTravellerModel.bulkCreate(crewRows(declaration.id, draft), { transaction });
  await replaceGoodsLines(sequelize, declaration.id, draft.goodsLines, transaction);
  return declaration.id;
}

/**
 * Replaces a cargo draft's fields, crew and goods lines. Returns the storage keys of the photos
 * of crew members no longer listed, whose files the caller removes after the commit.
 */
export async function replaceCargoDraft(
  sequelize: Sequelize,
  id: string,
  draft: CargoDeclarationDraft,
  transaction: Transaction,
): Promise<string[]> {
  await DeclarationModel.update(cargoColumns(draft), { where: { id }, transaction });
  await DeclarationTravellerModel.destroy({ where: { declarationId: id }, transaction });
  await DeclarationTravellerModel.bulkCreate(crewRows(id, draft), { transaction });
  await replaceGoodsLines(sequelize, id, draft.goodsLines, transaction);
  return deletePhotosOfRemovedTravellers(id, transaction);
}

/** Loads a cargo declaration of the business with its crew and photos, or null for any other. */
export function findCargoDeclaration(
  businessId: string,
  id: string,
  transaction?: Transaction,
): Promise<DeclarationModel | null> {
  return findDeclaration(id, { where: { businessId, kind: 'cargo' }, transaction });
}

/** One page of a business's cargo declarations, newest first, with the total count. */
export async function listCargoDeclarations(
  businessId: string,
  page: PageQuery,
): Promise<{ declarations: DeclarationModel[]; total: number }> {
  const { rows, count } = await DeclarationModel.findAndCountAll({
    where: { businessId, kind: 'cargo' },
    include: [{ model: DeclarationTravellerModel, as: 'travellers' }],
    order: [
      ['createdAt', 'DESC'],
      ['id', 'ASC'],
    ],
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
    distinct: true,
  });
  return { declarations: rows, total: count };
}
