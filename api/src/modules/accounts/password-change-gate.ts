import type { RequestHandler } from 'express';

import { ForbiddenError } from '../../lib/errors';
import type { OfficerPrincipal } from '../../lib/principal';

/** Officer routes that stay open while a password change is required: sign-in, sign-out, the profile and the change. */
const OPEN_PATHS: ReadonlySet<string> = new Set(['/login', '/login/totp', '/logout', '/me', '/me/password']);

/**
 * Refuses every other officer route with 403 while the signed-in officer still has the
 * password an administrator set, so an initial password handed over on paper is used only once.
 */
export const passwordChangeGate: RequestHandler = (request, _response, next) => {
  const user = request.user as OfficerPrincipal | undefined;
  if (user?.kind === 'officer' && user.passwordChangeRequired && !OPEN_PATHS.has(request.path)) {
    throw new ForbiddenError('passwordChangeRequired');
  }
  next();
};
