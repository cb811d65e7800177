import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import { z } from 'zod';

import { ForbiddenError, NotFoundError } from '../../lib/errors';

/** A member's role in a business: the administrator also manages its members and invitations. */
export type BusinessRole = 'administrator' | 'staff';

/** The signed-in applicant's membership of one business. */
export interface BusinessMembership {
  businessId: string;
  applicantId: string;
  role: BusinessRole;
}

const BusinessId = z.uuid();

/**
 * Checks that the applicant is a member of the business, and an administrator when `role` is
 * 'administrator'. A non-member, an unknown business and a malformed id all get the same 404,
 * so that a caller cannot learn which businesses exist. A staff member, who knows the business, gets 403
 * for an administrator's action.
 *
 * Pass a transaction to lock the membership row until it ends (`FOR SHARE`), so that a member
 * removed meanwhile cannot finish a write.
 */
export async function requireBusinessMember(
  sequelize: Sequelize,
  applicantId: string,
  businessId: string,
  role?: BusinessRole,
  transaction?: Transaction,
): Promise<BusinessMembership> {
  if (!BusinessId.safeParse(businessId).success) {
    throw new NotFoundError();
  }

  const rows = await sequelize.query<{ role: BusinessRole }>(
    `SELECT role FROM business_members
      WHERE business_id = :businessId AND applicant_id = :applicantId
      ${transaction ? 'FOR SHARE' : ''}`,
    { replacements: { businessId, applicantId }, type: QueryTypes.SELECT, transaction },
  );

  const membership = rows[0];
  if (!membership) {
    throw new NotFoundError();
  }
  if (role === 'administrator' && membership.role !== 'administrator') {
    throw new ForbiddenError('businessAdministratorOnly');
  }
  return { businessId, applicantId, role: membership.role };
}
