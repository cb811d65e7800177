import { QueryTypes, type Sequelize } from 'sequelize';

/** The officer's comments of one round of changes requested, in the order the officer listed them. */
export interface ChangeRequestComments {
  round: number;
  requestedAt: Date;
  comment: string | null;
  fieldComments: { field: string; comment: string }[];
}

/**
 * Loads the latest round of changes requested on a declaration, or null when there is none.
 * The notice job normally runs seconds after its round is recorded, long before the applicant
 * and an officer can complete another round, so the latest round is the one it reports.
 */
export async function findLatestChangeRequest(
  sequelize: Sequelize,
  declarationId: string,
): Promise<ChangeRequestComments | null> {
  const [round] = await sequelize.query<{
    id: string;
    round: number;
    requestedAt: Date;
    comment: string | null;
  }>(
    `SELECT id, round, created_at AS "requestedAt", comment FROM change_requests
     WHERE declaration_id = :declarationId
     ORDER BY round DESC LIMIT 1`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
  if (!round) {
    return null;
  }

  const fieldComments = await sequelize.query<{ field: string; comment: string }>(
    `SELECT field, comment FROM change_request_fields
     WHERE change_request_id = :changeRequestId ORDER BY position`,
    { replacements: { changeRequestId: round.id }, type: QueryTypes.SELECT },
  );
  return {
    round: round.round,
    requestedAt: new Date(round.requestedAt),
    comment: round.comment,
    fieldComments,
  };
}
