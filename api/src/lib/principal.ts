/// <reference types="passport" />
import type { Language, OfficerRole } from '@smartgate/shared-models';
import type { Request } from 'express';

import { ForbiddenError, UnauthenticatedError } from './errors';

/** A signed-in traveller using the public portal. */
export interface ApplicantPrincipal {
  kind: 'applicant';
  id: string;
  email: string;
  fullName: string;
  preferredLanguage: Language;
}

/** A signed-in officer using the back office. */
export interface OfficerPrincipal {
  kind: 'officer';
  id: string;
  username: string;
  fullName: string;
  role: OfficerRole;
  /** Codes of the gates whose declarations the officer may see and decide. */
  gateCodes: string[];
  /** True until the officer replaces a password that an administrator set. */
  passwordChangeRequired: boolean;
}

export type Principal = ApplicantPrincipal | OfficerPrincipal;

declare global {
  // Passport types `req.user` as Express.User; the accounts module stores a Principal there.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface User {
      kind: Principal['kind'];
      id: string;
    }
  }
}

/** Returns the signed-in applicant, or throws 401 without a session and 403 for an officer's session. */
export function currentApplicant(request: Request): ApplicantPrincipal {
  const user = request.user;
  if (!user) {
    throw new UnauthenticatedError();
  }
  if (user.kind !== 'applicant') {
    throw new ForbiddenError();
  }
  return user as ApplicantPrincipal;
}

/** Returns the signed-in officer, or throws 401 without a session and 403 for an applicant's session. */
export function currentOfficer(request: Request): OfficerPrincipal {
  const user = request.user;
  if (!user) {
    throw new UnauthenticatedError();
  }
  if (user.kind !== 'officer') {
    throw new ForbiddenError();
  }
  return user as OfficerPrincipal;
}

/**
 * Returns the signed-in officer when their role is one of `roles`. It throws 401 without a
 * session, and 403 for an applicant's session or an officer of another role.
 */
export function requireOfficerRole(request: Request, roles: readonly OfficerRole[]): OfficerPrincipal {
  const officer = currentOfficer(request);
  if (!roles.includes(officer.role)) {
    throw new ForbiddenError('roleNotAllowed');
  }
  return officer;
}
