import { Router } from 'express';

import type { AppContext } from '../../lib/app-context';
import { requireOfficerRole } from '../../lib/principal';
import { declarationIdParam } from '../declarations/declaration-requests';
import { RESULT_RETRY_ROLES, retryFailedResult } from './result-retry.service';

/**
 * Creates `POST /:id/retry-result` under `/api/officer/declarations`: a supervisor or an
 * administrator generates a failed result again. The request has no body.
 */
export function createResultRetryRouter(context: AppContext): Router {
  const router = Router();

  router.post('/:id/retry-result', async (request, response) => {
    const officer = requireOfficerRole(request, RESULT_RETRY_ROLES);
    const id = declarationIdParam(request);

    response.json(await retryFailedResult(context.sequelize, { officer, ip: request.ip }, id));
  });

  return router;
}
