import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';

import type { AppContext } from '../../lib/app-context';
import { TooManyRequestsError } from '../../lib/errors';
import { verifyResult } from './results.service';

/** Lookups allowed per client address and minute; enough for a gate desk, too few to guess tokens. */
const VERIFICATIONS_PER_MINUTE = 30;

/** Routes under `/api/public/results`: verification of a result from its QR token, without a session. */
export function createPublicResultsRouter(context: AppContext): Router {
  const router = Router();

  const limiter = rateLimit({
    windowMs: 60_000,
    limit: VERIFICATIONS_PER_MINUTE,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_request, _response, next) => next(new TooManyRequestsError()),
  });

  router.get('/:token', limiter, async (request, response) => {
    const token = request.params.token;
    const verification = await verifyResult(
      context,
      typeof token === 'string' ? token : '',
      request.ip ?? null,
    );

    // The status changes with the calendar and on revocation, so nothing may cache it.
    response.set('Cache-Control', 'no-store').json(verification);
  });

  return router;
}
