import { createHash, randomBytes } from 'node:crypto';

import type { BusinessRole } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize } from 'sequelize';

import { noticeLanguage } from './notice-layout';
import type { Language } from '@smartgate/shared-models';

/** The facts an invitation e-mail states, with the token of its link. */
export interface BusinessInvitationNoticeData {
  token: string;
  email: string;
  role: BusinessRole;
  language: Language;
  /** The invitee's name when the address already belongs to an account. */
  inviteeName?: string;
  inviterName: string;
  businessName: string;
  taxCode: string;
  expiresAt: Date;
}

interface IssuedRow {
  email: string;
  role: BusinessRole;
  language: string;
  expiresAt: Date;
  businessName: string;
  taxCode: string;
  inviterName: string | null;
  inviteeName: string | null;
  inviteeLanguage: string | null;
}

/** Hashes an invitation token for storage and lookup; the token has 256 random bits, so no salt is needed. */
export function invitationTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Issues a new token for an open invitation and stores only its hash, replacing an earlier one.
 * Returns null when the invitation is missing, accepted, revoked or expired. The e-mail is in the
 * invitee's own language when the address has an account, else in the administrator's choice.
 */
export async function issueInvitationToken(
  sequelize: Sequelize,
  invitationId: string,
): Promise<BusinessInvitationNoticeData | null> {
  const token = randomBytes(32).toString('base64url');

  const [row] = await sequelize.query<IssuedRow>(
    `UPDATE business_invitations i SET token_hash = :tokenHash
     FROM businesses b
     WHERE i.id = :invitationId AND b.id = i.business_id
       AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
     RETURNING i.email, i.role, i.language, i.expires_at AS "expiresAt",
       b.name AS "businessName", b.tax_code AS "taxCode",
       (SELECT a.full_name FROM applicants a WHERE a.id = i.invited_by) AS "inviterName",
       (SELECT a.full_name FROM applicants a WHERE a.email = i.email) AS "inviteeName",
       (SELECT a.preferred_language FROM applicants a WHERE a.email = i.email) AS "inviteeLanguage"`,
    { replacements: { invitationId, tokenHash: invitationTokenHash(token) }, type: QueryTypes.SELECT },
  );
  if (!row) {
    return null;
  }

  return {
    token,
    email: row.email,
    role: row.role,
    language: noticeLanguage(row.inviteeLanguage ?? row.language),
    inviteeName: row.inviteeName ?? undefined,
    inviterName: row.inviterName ?? row.businessName,
    businessName: row.businessName,
    taxCode: row.taxCode,
    expiresAt: new Date(row.expiresAt),
  };
}
