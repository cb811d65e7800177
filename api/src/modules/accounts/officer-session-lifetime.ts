import type { Request, RequestHandler } from 'express';

import type { OfficerSecuritySettings } from '../../lib/config';
import { UnauthenticatedError } from '../../lib/errors';
import { recordSecurityAudit } from '../audit/security-audit';
import { replaceSession } from './officer-session';

/** Paths under `/api/officer` that work without a session, so an ended session must not block them. */
const SESSIONLESS_PATHS: ReadonlySet<string> = new Set(['/login', '/login/totp', '/logout']);

function signedInOfficerId(request: Request): string | undefined {
  const user = request.session.passport?.user;
  return user?.kind === 'officer' ? user.id : undefined;
}

/**
 * Ends an officer session `sessionLifetimeMs` after its sign-in, however active it was, and
 * audits the end. The request then fails with 401, except the sign-in and sign-out routes, which
 * go on with an empty session. A session without a sign-in time predates this limit and ends too.
 *
 * The idle limit needs no check here: the officer session cookie lasts `idleTimeoutMs` from the
 * last request (a rolling cookie), and the store refuses a session past that expiry.
 */
export function officerSessionLifetime(
  settings: Pick<OfficerSecuritySettings, 'sessionLifetimeMs'>,
): RequestHandler {
  return async (request, _response, next) => {
    const officerId = signedInOfficerId(request);
    const signedInAt = request.session.officerSignIn?.signedInAt ?? 0;
    if (!officerId || Date.now() - signedInAt < settings.sessionLifetimeMs) {
      next();
      return;
    }

    await replaceSession(request);
    await recordSecurityAudit({
      action: 'officer.session.expired',
      actorId: officerId,
      ip: request.ip,
      details: { reason: 'lifetime' },
    });
    if (!SESSIONLESS_PATHS.has(request.path)) {
      throw new UnauthenticatedError('sessionExpired');
    }
    next();
  };
}
