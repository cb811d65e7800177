import type { Sequelize, Transaction } from 'sequelize';

import { NotFoundError } from '../../lib/errors';
import type { ApplicantPrincipal } from '../../lib/principal';
import { requireBusinessMember } from '../businesses/business-membership';

/** The columns of a declaration that decide who may see and change its photos. */
export interface PhotoOwnership {
  kind: 'travel' | 'cargo';
  applicantId: string | null;
  businessId: string | null;
}

/**
 * Checks that the applicant may see and change the photos of a declaration. A traveller's own
 * declaration is the applicant's alone. The driver and crew photos of a cargo declaration
 * belong to its business, so every current member may handle them, and the member who filed
 * the draft loses access on leaving the company. Anyone else gets the 404 of a missing
 * declaration. Pass the caller's transaction to hold the membership until it ends.
 */
export async function assertPhotoAccess(
  sequelize: Sequelize,
  applicant: ApplicantPrincipal,
  declaration: PhotoOwnership,
  transaction?: Transaction,
): Promise<void> {
  if (declaration.kind === 'travel') {
    if (declaration.applicantId !== applicant.id) {
      throw new NotFoundError();
    }
    return;
  }

  // A truck filed at the counter without a business account has no member who may see it.
  if (!declaration.businessId) {
    throw new NotFoundError();
  }
  await requireBusinessMember(sequelize, applicant.id, declaration.businessId, undefined, transaction);
}
