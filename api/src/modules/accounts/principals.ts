import type { ApplicantProfile, OfficerProfile } from '@smartgate/shared-models';

import type { ApplicantPrincipal, OfficerPrincipal } from '../../lib/principal';
import type { ApplicantModel, OfficerModel } from './accounts.models';
import { gateCodesByOfficer } from './officer-gates.repository';

export function toApplicantPrincipal(applicant: ApplicantModel): ApplicantPrincipal {
  return {
    kind: 'applicant',
    id: applicant.id,
    email: applicant.email,
    fullName: applicant.fullName,
    preferredLanguage: applicant.preferredLanguage,
  };
}

export function toOfficerPrincipal(officer: OfficerModel, gateCodes: string[]): OfficerPrincipal {
  return {
    kind: 'officer',
    id: officer.id,
    username: officer.username,
    fullName: officer.fullName,
    role: officer.role,
    gateCodes,
    passwordChangeRequired: officer.passwordChangeRequired,
  };
}

/** Loads the officer's gates and builds the principal that the session carries. */
export async function loadOfficerPrincipal(officer: OfficerModel): Promise<OfficerPrincipal> {
  const gates = await gateCodesByOfficer(officer.sequelize, [officer.id]);
  return toOfficerPrincipal(officer, gates.get(officer.id) ?? []);
}

export function toApplicantProfile({
  id,
  email,
  fullName,
  preferredLanguage,
}: ApplicantPrincipal): ApplicantProfile {
  return { id, email, fullName, preferredLanguage };
}

export function toOfficerProfile({
  id,
  username,
  fullName,
  role,
  gateCodes,
  passwordChangeRequired,
}: OfficerPrincipal): OfficerProfile {
  return { id, username, fullName, role, gateCodes, passwordChangeRequired };
}
