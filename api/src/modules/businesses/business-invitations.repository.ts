import type { BusinessInvitationInput, BusinessRole } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

/** An open invitation as its business's administrators see it. */
export interface InvitationRow {
  id: string;
  email: string;
  role: BusinessRole;
  invitedByName: string | null;
  expiresAt: Date;
  createdAt: Date;
}

/** An invitation found by its token, locked for the acceptance. */
export interface InvitationByToken {
  id: string;
  businessId: string;
  email: string;
  role: BusinessRole;
  open: boolean;
}

/** Revokes the open invitation of an address, which a new invitation of the same address replaces. */
export async function revokeOpenInvitationOf(
  sequelize: Sequelize,
  businessId: string,
  email: string,
  transaction: Transaction,
): Promise<void> {
  await sequelize.query(
    `UPDATE business_invitations SET revoked_at = now()
     WHERE business_id = :businessId AND email = :email AND accepted_at IS NULL AND revoked_at IS NULL`,
    { replacements: { businessId, email }, transaction },
  );
}

/** Writes an invitation that expires after `days`; its token hash is written when the e-mail is composed. */
export async function insertInvitation(
  sequelize: Sequelize,
  invitation: BusinessInvitationInput & { id: string; businessId: string; invitedBy: string; days: number },
  transaction: Transaction,
): Promise<void> {
  await sequelize.query(
    `INSERT INTO business_invitations (id, business_id, email, role, language, invited_by, expires_at)
     VALUES (:id, :businessId, :email, :role, :language, :invitedBy, now() + make_interval(days => :days))`,
    { replacements: invitation, transaction },
  );
}

const OPEN = 'i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()';

/** Lists a business's open invitations, newest first. */
export async function listOpenInvitations(
  sequelize: Sequelize,
  businessId: string,
  options: { id?: string; transaction?: Transaction } = {},
): Promise<InvitationRow[]> {
  return sequelize.query<InvitationRow>(
    `SELECT i.id, i.email, i.role, a.full_name AS "invitedByName",
            i.expires_at AS "expiresAt", i.created_at AS "createdAt"
     FROM business_invitations i LEFT JOIN applicants a ON a.id = i.invited_by
     WHERE i.business_id = :businessId AND ${OPEN}
       AND (CAST(:id AS uuid) IS NULL OR i.id = CAST(:id AS uuid))
     ORDER BY i.created_at DESC`,
    {
      replacements: { businessId, id: options.id ?? null },
      type: QueryTypes.SELECT,
      transaction: options.transaction,
    },
  );
}

/** Revokes an open invitation of the business. Returns false when there was none with this id. */
export async function revokeInvitation(
  sequelize: Sequelize,
  businessId: string,
  id: string,
  transaction: Transaction,
): Promise<boolean> {
  const rows = await sequelize.query(
    `UPDATE business_invitations i SET revoked_at = now()
     WHERE i.id = :id AND i.business_id = :businessId AND ${OPEN}
     RETURNING i.id`,
    { replacements: { businessId, id }, type: QueryTypes.SELECT, transaction },
  );
  return rows.length === 1;
}

/** Finds and locks the invitation with this token hash, telling whether it is still open. */
export async function lockInvitationByToken(
  sequelize: Sequelize,
  tokenHash: string,
  transaction: Transaction,
): Promise<InvitationByToken | null> {
  const [row] = await sequelize.query<InvitationByToken>(
    `SELECT i.id, i.business_id AS "businessId", i.email, i.role, (${OPEN}) AS open
     FROM business_invitations i WHERE i.token_hash = :tokenHash
     FOR UPDATE`,
    { replacements: { tokenHash }, type: QueryTypes.SELECT, transaction },
  );
  return row ?? null;
}

export async function markInvitationAccepted(
  sequelize: Sequelize,
  id: string,
  applicantId: string,
  transaction: Transaction,
): Promise<void> {
  await sequelize.query(
    `UPDATE business_invitations SET accepted_at = now(), accepted_by = :applicantId WHERE id = :id`,
    { replacements: { id, applicantId }, transaction },
  );
}

/** Tells whether an account with this address is already a member of the business. */
export async function emailIsMember(
  sequelize: Sequelize,
  businessId: string,
  email: string,
  transaction: Transaction,
): Promise<boolean> {
  const rows = await sequelize.query(
    `SELECT 1 FROM business_members m JOIN applicants a ON a.id = m.applicant_id
     WHERE m.business_id = :businessId AND a.email = :email`,
    { replacements: { businessId, email }, type: QueryTypes.SELECT, transaction },
  );
  return rows.length > 0;
}
