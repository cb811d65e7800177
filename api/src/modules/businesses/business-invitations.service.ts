import { randomUUID } from 'node:crypto';

import {
  BUSINESS_INVITATION_DAYS,
  type BusinessInvitationInput,
  type BusinessInvitationView,
  type BusinessView,
} from '@smartgate/shared-models';
import type { Sequelize } from 'sequelize';

import { ForbiddenError, MembershipConflictError, NotFoundError } from '../../lib/errors';
import type { ApplicantPrincipal } from '../../lib/principal';
import { invitationTokenHash } from '../notifications/business-invitation-notice.repository';
import { enqueueBusinessInvitationNotice } from '../notifications/notice-queue';
import { requireBusinessMember } from './business-membership';
import {
  emailIsMember,
  insertInvitation,
  listOpenInvitations,
  lockInvitationByToken,
  markInvitationAccepted,
  revokeInvitation,
  revokeOpenInvitationOf,
  type InvitationRow,
} from './business-invitations.repository';
import { addMember, lockBusiness } from './businesses.repository';
import { BusinessesService } from './businesses.service';

function toInvitationView(row: InvitationRow): BusinessInvitationView {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    invitedByName: row.invitedByName ?? '',
    expiresAt: new Date(row.expiresAt).toISOString(),
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

/**
 * Invitations of people to a business by e-mail. Only administrators invite, list and revoke.
 * The token exists only in the e-mail link (see `issueInvitationToken`); the API never returns it.
 */
export class BusinessInvitationsService {
  private readonly businesses: BusinessesService;

  constructor(private readonly sequelize: Sequelize) {
    this.businesses = new BusinessesService(sequelize);
  }

  /** Invites an address, replacing its earlier open invitation, and queues the e-mail in the same transaction. */
  async invite(
    applicant: ApplicantPrincipal,
    businessId: string,
    input: BusinessInvitationInput,
  ): Promise<BusinessInvitationView> {
    const id = randomUUID();

    const [row] = await this.sequelize.transaction(async (transaction) => {
      // Business row first, then membership rows, in the order of every membership change.
      await requireBusinessMember(this.sequelize, applicant.id, businessId, 'administrator');
      await lockBusiness(businessId, transaction);
      await requireBusinessMember(this.sequelize, applicant.id, businessId, 'administrator', transaction);

      if (await emailIsMember(this.sequelize, businessId, input.email, transaction)) {
        throw new MembershipConflictError('alreadyBusinessMember');
      }

      await revokeOpenInvitationOf(this.sequelize, businessId, input.email, transaction);
      await insertInvitation(
        this.sequelize,
        { ...input, id, businessId, invitedBy: applicant.id, days: BUSINESS_INVITATION_DAYS },
        transaction,
      );
      await enqueueBusinessInvitationNotice(transaction, id);
      return listOpenInvitations(this.sequelize, businessId, { id, transaction });
    });

    return toInvitationView(row);
  }

  async listOpen(applicant: ApplicantPrincipal, businessId: string): Promise<BusinessInvitationView[]> {
    await requireBusinessMember(this.sequelize, applicant.id, businessId, 'administrator');

    const rows = await listOpenInvitations(this.sequelize, businessId);
    return rows.map(toInvitationView);
  }

  /** Revokes an open invitation, so its link no longer works. */
  async revoke(applicant: ApplicantPrincipal, businessId: string, invitationId: string): Promise<void> {
    await this.sequelize.transaction(async (transaction) => {
      await requireBusinessMember(this.sequelize, applicant.id, businessId, 'administrator', transaction);

      if (!(await revokeInvitation(this.sequelize, businessId, invitationId, transaction))) {
        throw new NotFoundError();
      }
    });
  }

  /**
   * Accepts an invitation for the signed-in applicant, whose e-mail must be the invited one.
   * An unknown, used, revoked or expired token gets the same 404. An applicant who is already
   * a member keeps the current role, and the invitation is used up all the same.
   */
  async accept(applicant: ApplicantPrincipal, token: string): Promise<BusinessView> {
    const businessId = await this.sequelize.transaction(async (transaction) => {
      const invitation = await lockInvitationByToken(this.sequelize, invitationTokenHash(token), transaction);
      if (!invitation?.open) {
        throw new NotFoundError('invitationNotUsable');
      }
      if (invitation.email !== applicant.email.toLowerCase()) {
        throw new ForbiddenError('invitationForAnotherEmail');
      }

      await lockBusiness(invitation.businessId, transaction);
      await addMember(
        this.sequelize,
        { businessId: invitation.businessId, applicantId: applicant.id, role: invitation.role },
        transaction,
      );
      await markInvitationAccepted(this.sequelize, invitation.id, applicant.id, transaction);
      return invitation.businessId;
    });

    return this.businesses.view(applicant, businessId);
  }
}
