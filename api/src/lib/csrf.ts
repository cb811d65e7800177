import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

import type { Request, RequestHandler, Response } from 'express';

import { readCookie } from './cookies';
import { CsrfTokenError } from './errors';

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function signature(secret: string, nonce: string): string {
  return createHmac('sha256', secret).update(`csrf:${nonce}`).digest('base64url');
}

function constantTimeEqual(left: string, right: string): boolean {
  const leftBytes = Buffer.from(left);
  const rightBytes = Buffer.from(right);
  return leftBytes.length === rightBytes.length && timingSafeEqual(leftBytes, rightBytes);
}

/** Creates a token `<nonce>.<HMAC of nonce>`, which only the holder of the secret can sign. */
export function createCsrfToken(secret: string): string {
  const nonce = randomBytes(24).toString('base64url');
  return `${nonce}.${signature(secret, nonce)}`;
}

/** Checks that a token was signed with the secret. */
export function isCsrfTokenSigned(secret: string, token: string | undefined): boolean {
  const [nonce, mac, ...rest] = (token ?? '').split('.');
  if (!nonce || !mac || rest.length > 0) {
    return false;
  }
  return constantTimeEqual(mac, signature(secret, nonce));
}

function setCsrfCookie(request: Request, response: Response, token: string): void {
  // Readable by scripts on purpose: Angular copies it into the X-XSRF-TOKEN header.
  response.cookie(CSRF_COOKIE, token, {
    httpOnly: false,
    sameSite: 'strict',
    path: '/',
    secure: request.secure,
  });
}

/**
 * Returns the request's valid token, issuing a fresh cookie when it is missing or forged. The token
 * is kept in `response.locals`, so a second call in the same request returns the same one.
 */
export function ensureCsrfToken(secret: string, request: Request, response: Response): string {
  const issued = response.locals['csrfToken'] as string | undefined;
  if (issued) {
    return issued;
  }

  const current = readCookie(request, CSRF_COOKIE);
  const token = current && isCsrfTokenSigned(secret, current) ? current : createCsrfToken(secret);
  if (token !== current) {
    setCsrfCookie(request, response, token);
  }
  response.locals['csrfToken'] = token;
  return token;
}

/**
 * Signed double-submit protection for every `/api` request. A state-changing request must
 * send the `XSRF-TOKEN` cookie's value in the `X-XSRF-TOKEN` header: another site can make
 * the browser send the cookie but cannot read it to copy it into a header.
 */
export function csrfProtection(secret: string): RequestHandler {
  return (request, response, next) => {
    const cookieToken = readCookie(request, CSRF_COOKIE);

    if (!SAFE_METHODS.has(request.method)) {
      const headerToken = request.get(CSRF_HEADER);
      const valid =
        cookieToken !== undefined &&
        headerToken !== undefined &&
        constantTimeEqual(cookieToken, headerToken) &&
        isCsrfTokenSigned(secret, cookieToken);
      if (!valid) {
        ensureCsrfToken(secret, request, response);
        throw new CsrfTokenError();
      }
      next();
      return;
    }

    ensureCsrfToken(secret, request, response);
    next();
  };
}
