import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';

import { TooManyRequestsError } from '../../lib/errors';

/** Failed sign-ins allowed per client address and account name in one window. */
export const LOGIN_ATTEMPTS_PER_WINDOW = 10;
const WINDOW_MINUTES = 15;

/**
 * Limits failed sign-ins per client address and account name, so guessing one account's
 * password is slow while other users behind the same address can still sign in.
 * NOTE: counts live in this process's memory, so each API process keeps its own limit.
 */
export function loginRateLimit(accountField: 'email' | 'username'): RequestHandler {
  return rateLimit({
    windowMs: WINDOW_MINUTES * 60 * 1000,
    limit: LOGIN_ATTEMPTS_PER_WINDOW,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (request) => {
      const account = String((request.body as Record<string, unknown> | undefined)?.[accountField] ?? '');
      return `${ipKeyGenerator(request.ip ?? '')}|${account.trim().toLowerCase()}`;
    },
    handler: (_request, _response, next) => next(new TooManyRequestsError()),
  });
}
