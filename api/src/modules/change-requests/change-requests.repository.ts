import type { FieldComment } from '@smartgate/shared-models';
import type { Transaction } from 'sequelize';

import { OfficerModel } from '../accounts/accounts.models';
import { ChangeRequestFieldModel, ChangeRequestModel } from './change-requests.models';

/** A new round: the requesting officer, the general comment and the field comments in the officer's order. */
export interface NewChangeRequest {
  declarationId: string;
  officerId: string;
  comment: string | null;
  fieldComments: readonly FieldComment[];
}

/**
 * Inserts the declaration's next round with its field comments and returns the round number.
 * The caller must hold the declaration's row lock (as `advanceVersion` takes it), so two rounds
 * of one declaration are never numbered at the same time.
 */
export async function insertChangeRequest(
  entry: NewChangeRequest,
  transaction: Transaction,
): Promise<number> {
  const previous = await ChangeRequestModel.max<number | null, ChangeRequestModel>('round', {
    where: { declarationId: entry.declarationId },
    transaction,
  });
  const round = (previous ?? 0) + 1;

  const changeRequest = await ChangeRequestModel.create(
    {
      declarationId: entry.declarationId,
      round,
      officerId: entry.officerId,
      comment: entry.comment,
      resubmittedAt: null,
    },
    { transaction },
  );
  const fields = entry.fieldComments.map((fieldComment, position) => ({
    changeRequestId: changeRequest.id,
    position,
    field: fieldComment.field,
    comment: fieldComment.comment,
  }));
  await ChangeRequestFieldModel.bulkCreate(fields, { transaction });
  return round;
}

/** Marks the open round as closed because the applicant submitted the declaration again. */
export async function markChangeRequestResubmitted(
  declarationId: string,
  resubmittedAt: Date,
  transaction: Transaction,
): Promise<void> {
  await ChangeRequestModel.update(
    { resubmittedAt },
    { where: { declarationId, resubmittedAt: null }, transaction },
  );
}

/** Loads every round of a declaration, oldest first, with its field comments in order and the officer. */
export async function findChangeRequests(declarationId: string): Promise<ChangeRequestModel[]> {
  return ChangeRequestModel.findAll({
    where: { declarationId },
    include: [
      { model: ChangeRequestFieldModel, as: 'fields' },
      { model: OfficerModel, as: 'officer', attributes: ['fullName'] },
    ],
    order: [
      ['round', 'ASC'],
      [{ model: ChangeRequestFieldModel, as: 'fields' }, 'position', 'ASC'],
    ],
  });
}
