import type { ApplicantRegistration } from '@smartgate/shared-models';
import { UniqueConstraintError } from 'sequelize';

import { EmailAlreadyRegisteredError } from '../../lib/errors';
import type { ApplicantPrincipal, Principal } from '../../lib/principal';
import { ApplicantModel, OfficerModel } from './accounts.models';
import { hashPassword, verifyPassword } from './password-hashing';
import { loadOfficerPrincipal, toApplicantPrincipal } from './principals';

/** Session data about its principal: the kind and the id, nothing personal. */
export interface SessionPrincipal {
  kind: Principal['kind'];
  id: string;
}

/** Creates an applicant account. A second account for the same e-mail gets 409. */
export async function registerApplicant(registration: ApplicantRegistration): Promise<ApplicantPrincipal> {
  if (await ApplicantModel.count({ where: { email: registration.email } })) {
    throw new EmailAlreadyRegisteredError();
  }

  try {
    const applicant = await ApplicantModel.create({
      email: registration.email,
      passwordHash: await hashPassword(registration.password),
      fullName: registration.fullName,
      preferredLanguage: registration.preferredLanguage,
    });
    return toApplicantPrincipal(applicant);
  } catch (error) {
    // Two registrations racing for one address: the unique index decides.
    if (error instanceof UniqueConstraintError) {
      throw new EmailAlreadyRegisteredError();
    }
    throw error;
  }
}

/** Checks an applicant's e-mail and password, returning null when either is wrong. */
export async function authenticateApplicant(
  email: string,
  password: string,
): Promise<ApplicantPrincipal | null> {
  const applicant = await ApplicantModel.findOne({ where: { email } });
  const valid = await verifyPassword(applicant?.passwordHash, password);
  return applicant && valid ? toApplicantPrincipal(applicant) : null;
}

/**
 * Loads the principal a session points to. Returns null when the account is gone or the
 * officer was disabled, which signs the session out.
 */
export async function findPrincipal(stored: SessionPrincipal): Promise<Principal | null> {
  if (stored.kind === 'applicant') {
    const applicant = await ApplicantModel.findByPk(stored.id);
    return applicant ? toApplicantPrincipal(applicant) : null;
  }

  const officer = await OfficerModel.findByPk(stored.id);
  return officer && officer.active ? loadOfficerPrincipal(officer) : null;
}
