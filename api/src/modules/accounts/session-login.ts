import type { NextFunction, Request, Response } from 'express';

import { InvalidCredentialsError } from '../../lib/errors';
import type { Principal } from '../../lib/principal';
import type { PassportInstance } from './passports';

/**
 * Runs a local strategy on the request body and signs the principal in. Passport 0.7
 * regenerates the session at login, so a session id planted before login is useless after.
 */
export async function logInWithStrategy(
  instance: PassportInstance,
  strategy: string,
  request: Request,
  response: Response,
): Promise<Principal> {
  const user = await new Promise<Express.User | false>((resolve, reject) => {
    const authenticate = instance.authenticate(
      strategy,
      (error: unknown, authenticated: Express.User | false) =>
        error ? reject(error) : resolve(authenticated),
    );
    authenticate(request, response, reject as NextFunction);
  });

  if (!user) {
    throw new InvalidCredentialsError();
  }
  await logIn(request, user);
  return user as Principal;
}

/** Signs a principal in, regenerating the session id. */
export function logIn(request: Request, principal: Express.User): Promise<void> {
  return new Promise((resolve, reject) =>
    request.logIn(principal, (error) => (error ? reject(error) : resolve())),
  );
}

/** Ends the session in the store and clears the session cookie in the browser. */
export async function endSession(
  request: Request,
  response: Response,
  cookie: { cookie: string; path: string },
) {
  await new Promise<void>((resolve, reject) =>
    request.session.destroy((error) => (error ? reject(error) : resolve())),
  );
  response.clearCookie(cookie.cookie, { path: cookie.path, httpOnly: true, sameSite: 'lax' });
}
