import { DeclarationStatusLookup } from '@smartgate/shared-models';
import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';

import type { AppContext } from '../../lib/app-context';
import { TooManyRequestsError } from '../../lib/errors';
import { parseRequest } from '../../lib/validation';
import { lookUpDeclarationStatus } from './status-lookup.service';

/**
 * Failed lookups allowed per client address in one window. A reference code has 40 random
 * bits, so guessing one is hopeless. This limit slows guessing the date of birth of a known
 * code to 960 tries a day from one address (96 windows of 10).
 */
export const FAILED_LOOKUPS_PER_WINDOW = 10;

/** Length of the rate-limit window. The 429 message tells the user to wait this long. */
const WINDOW_MINUTES = 15;

/**
 * Routes under `/api/public/declaration-status`: the status of a declaration from its reference
 * code and lead traveller's date of birth, without an account. It is a POST so that neither
 * value appears in URLs, browser history or access logs.
 * NOTE: counts live in this process's memory, so each API process keeps its own limit.
 */
export function createStatusLookupRouter(context: AppContext): Router {
  const router = Router();

  // Only failed lookups count toward the limit, so repeated successful lookups never reach it.
  const limiter = rateLimit({
    windowMs: WINDOW_MINUTES * 60_000,
    limit: FAILED_LOOKUPS_PER_WINDOW,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_request, _response, next) => next(new TooManyRequestsError('tooManyStatusLookups')),
  });

  router.post('/', limiter, async (request, response) => {
    const lookup = parseRequest(DeclarationStatusLookup, request.body);

    const answer = await lookUpDeclarationStatus(context.sequelize, lookup);
    // The status changes with every decision, so nothing may cache it.
    response.set('Cache-Control', 'no-store').json(answer);
  });

  return router;
}
