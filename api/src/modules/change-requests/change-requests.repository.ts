import type { Transaction } from 'sequelize';

import { OfficerModel } from '../accounts/accounts.models';
import { ChangeRequestFieldModel, ChangeRequestModel } from './change-requests.models';

/** A comment on one field as stored: the picked template's text and the free text, already joined. */
export interface NewFieldComment {
  field: string;
  comment: string;
  reasonTemplateId: string | null;
}

/** A new round: the requesting officer, the general comment and the field comments in the officer's order. */
export interface NewChangeRequest {
  declarationId: string;
  officerId: string;
  comment: string | null;
  reasonTemplateId: string | null;
  fieldComments: readonly NewFieldComment[];
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
      reasonTemplateId: entry.reasonTemplateId,
      resubmittedAt: null,
    },
    { transaction },
  );
  const fields = entry.fieldComments.map((fieldComment, position) => ({
    changeRequestId: changeRequest.id,
    position,
    field: fieldComment.field,
    comment: fieldComment.comment,
    reasonTemplateId: fieldComment.reasonTemplateId,
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
