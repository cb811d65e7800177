import type { ApplicantProfile, OfficerProfile } from '@smartgate/shared-models';

import type { ApplicantPrincipal, OfficerPrincipal } from '../../lib/principal';
import type { ApplicantModel, OfficerModel } from './accounts.models';

export function toApplicantPrincipal(applicant: ApplicantModel): ApplicantPrincipal {
  return {
    kind: 'applicant',
    id: applicant.id,
    email: applicant.email,
    fullName: applicant.fullName,
    preferredLanguage: applicant.preferredLanguage,
  };
}

export function toOfficerPrincipal(officer: OfficerModel): OfficerPrincipal {
  return {
    kind: 'officer',
    id: officer.id,
    username: officer.username,
    fullName: officer.fullName,
    role: officer.role,
  };
}

export function toApplicantProfile({
  id,
  email,
  fullName,
  preferredLanguage,
}: ApplicantPrincipal): ApplicantProfile {
  return { id, email, fullName, preferredLanguage };
}

export function toOfficerProfile({ id, username, fullName, role }: OfficerPrincipal): OfficerProfile {
  return { id, username, fullName, role };
}
