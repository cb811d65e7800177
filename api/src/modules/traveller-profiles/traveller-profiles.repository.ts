import type { TravellerDraft, TravellerProfileInput } from '@smartgate/shared-models';
import { Op, literal, type Transaction } from 'sequelize';

import { ApplicantModel } from '../accounts/accounts.models';
import { TravellerProfileModel } from './traveller-profiles.models';

/**
 * Locks the applicant's row until the transaction ends. Every write to the applicant's
 * profiles takes this lock first, so two concurrent saves cannot both pass the limit and
 * duplicate checks.
 */
export async function lockApplicant(applicantId: string, transaction: Transaction): Promise<void> {
  await ApplicantModel.findByPk(applicantId, {
    attributes: ['id'],
    lock: transaction.LOCK.UPDATE,
    transaction,
  });
}

export async function countProfiles(applicantId: string, transaction: Transaction): Promise<number> {
  return TravellerProfileModel.count({ where: { applicantId }, transaction });
}

/** Loads one of the applicant's profiles, or null when it is missing or another applicant's. */
export async function findProfile(
  applicantId: string,
  id: string,
  transaction?: Transaction,
): Promise<TravellerProfileModel | null> {
  return TravellerProfileModel.findOne({ where: { id, applicantId }, transaction });
}

export async function listProfiles(applicantId: string): Promise<TravellerProfileModel[]> {
  return TravellerProfileModel.findAll({ where: { applicantId } });
}

/** Checks whether another of the applicant's profiles already has this document. */
export async function documentTaken(
  applicantId: string,
  document: Pick<TravellerDraft, 'documentType' | 'documentNumber'>,
  options: { exceptId?: string; transaction: Transaction },
): Promise<boolean> {
  const found = await TravellerProfileModel.findOne({
    attributes: ['id'],
    where: {
      applicantId,
      traveller: { documentType: document.documentType, documentNumber: document.documentNumber },
      ...(options.exceptId ? { id: { [Op.ne]: options.exceptId } } : {}),
    },
    transaction: options.transaction,
  });
  return found !== null;
}

export async function insertProfile(
  applicantId: string,
  traveller: TravellerProfileInput,
  transaction: Transaction,
): Promise<TravellerProfileModel> {
  return TravellerProfileModel.create({ applicantId, traveller }, { transaction });
}

/** Replaces a profile's fields only if it still has the expected version. Returns false when it did not. */
export async function replaceProfile(
  id: string,
  version: number,
  traveller: TravellerProfileInput,
  transaction: Transaction,
): Promise<boolean> {
  const [updatedRows] = await TravellerProfileModel.update(
    { traveller, version: literal('version + 1') as unknown as number },
    { where: { id, version }, transaction },
  );
  return updatedRows === 1;
}

/** Deletes a profile only if it still has the expected version. Returns false when it did not. */
export async function deleteProfile(id: string, version: number, transaction: Transaction): Promise<boolean> {
  const deletedRows = await TravellerProfileModel.destroy({ where: { id, version }, transaction });
  return deletedRows === 1;
}
