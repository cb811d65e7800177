import type { SendEmailPayload } from '../../jobs/send-email/send-email.job';
import { QueryTypes, type Transaction } from 'sequelize';

import { sequelizeOf } from '../../lib/transaction-sequelize';

/**
 * Columns of a notice's recipient over `declarations d LEFT JOIN applicants a`: the applicant's
 * account, or for a declaration filed at the counter the contact that the traveller left there,
 * greeted by the lead traveller's name. The e-mail address is null when the traveller left none.
 */
export const RECIPIENT_COLUMNS = `COALESCE(a.email, d.contact_email) AS email,
            COALESCE(a.full_name, d.lead_traveller_name, '') AS "fullName",
            COALESCE(a.preferred_language, d.contact_language) AS "preferredLanguage"`;

/**
 * Tells whether the declaration that a notice is about has an address to send it to. Reads in
 * the caller's transaction, so a declaration written in it counts.
 */
export async function hasNoticeRecipient(
  transaction: Transaction,
  payload: Exclude<SendEmailPayload, { invitationId: string }>,
): Promise<boolean> {
  const declaration =
    'resultId' in payload
      ? '(SELECT r.declaration_id FROM results r WHERE r.id = :recordId)'
      : 'CAST(:recordId AS uuid)';
  const recordId = 'resultId' in payload ? payload.resultId : payload.declarationId;

  const [row] = await sequelizeOf(transaction).query<{ reachable: boolean }>(
    `SELECT (d.applicant_id IS NOT NULL OR d.contact_email IS NOT NULL) AS reachable
     FROM declarations d WHERE d.id = ${declaration}`,
    { replacements: { recordId }, transaction, type: QueryTypes.SELECT },
  );
  return row?.reachable ?? false;
}
