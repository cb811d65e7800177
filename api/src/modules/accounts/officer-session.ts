import type { Request } from 'express';

import { UnauthenticatedError } from '../../lib/errors';
import type { OfficerPrincipal } from '../../lib/principal';
import type { PendingSignIn } from './officer-session-data';
import { logIn } from './session-login';

/** Time allowed between the password step and the TOTP step of a sign-in. */
const PENDING_SIGN_IN_MS = 5 * 60_000;

/** Maximum length of the user agent kept for the session list. */
const USER_AGENT_MAX_LENGTH = 200;

function regenerate(request: Request): Promise<void> {
  return new Promise((resolve, reject) =>
    request.session.regenerate((error: unknown) => (error ? reject(error) : resolve())),
  );
}

/**
 * Remembers the officer whose password was right until the TOTP step. The session id is
 * regenerated first, so an id planted before sign-in is worth nothing.
 */
export async function beginPendingSignIn(
  request: Request,
  pending: Omit<PendingSignIn, 'createdAt'>,
): Promise<void> {
  await regenerate(request);
  request.session.pendingSignIn = { ...pending, createdAt: Date.now() };
}

/** Returns the pending sign-in of this session, or throws 401 when there is none or it is too old. */
export function pendingSignInOf(request: Request): PendingSignIn {
  const pending = request.session.pendingSignIn;
  if (!pending || Date.now() - pending.createdAt > PENDING_SIGN_IN_MS) {
    delete request.session.pendingSignIn;
    throw new UnauthenticatedError('signInRestart');
  }
  return pending;
}

/** Forgets a pending sign-in, after a lock or a disabled account ended it. */
export function clearPendingSignIn(request: Request): void {
  delete request.session.pendingSignIn;
}

/**
 * Signs the officer in. Passport regenerates the session id, which also drops the pending
 * sign-in, and the sign-in time starts the absolute limit.
 */
export async function startOfficerSession(request: Request, officer: OfficerPrincipal): Promise<void> {
  await logIn(request, officer);

  request.session.officerSignIn = {
    signedInAt: Date.now(),
    ip: request.ip ?? null,
    userAgent: request.get('user-agent')?.slice(0, USER_AGENT_MAX_LENGTH) ?? null,
  };
}

/** Replaces the session by an empty one: the old id stops working at once. */
export async function replaceSession(request: Request): Promise<void> {
  await regenerate(request);
}
