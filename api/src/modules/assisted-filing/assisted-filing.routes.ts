import { Router } from 'express';

import type { AppContext } from '../../lib/app-context';
import { currentOfficer } from '../../lib/principal';
import { declarationIdParam } from '../declarations/declaration-requests';
import { parseAssistedFiling } from './assisted-filing-request';
import { AssistedFilingService } from './assisted-filing.service';

/**
 * Creates the routes under `/api/officer/assisted-declarations`, where an officer of any role
 * files a declaration at the counter for travellers who arrived without one, and follows it
 * until its result can be printed.
 */
export function createAssistedFilingRouter(context: AppContext): Router {
  const router = Router();
  const service = new AssistedFilingService(context.sequelize, context.logger);

  // NOTE: only crossing declarations can be filed here. Cargo declarations (a truck and its
  // goods) do not exist yet; filing one at the counter will need a route of its own beside this.
  router.post('/', async (request, response) => {
    const officer = { officer: currentOfficer(request), ip: request.ip };
    const filing = parseAssistedFiling(request);

    const { view, replayed } = await service.file(officer, filing);
    response
      .status(replayed ? 200 : 201)
      .set('Idempotent-Replayed', String(replayed))
      .json(view);
  });

  router.get('/:id', async (request, response) => {
    const officer = currentOfficer(request);
    const id = declarationIdParam(request);

    response.set('Cache-Control', 'no-store').json(await service.status(officer, id));
  });

  return router;
}
