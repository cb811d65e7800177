import {
  ADMINISTRATOR_ROLES,
  WatchlistDeactivation,
  WatchlistImportRequest,
  WatchlistSearch,
} from '@smartgate/shared-models';
import { Router, type Request } from 'express';
import { z } from 'zod';

import type { AppContext } from '../../lib/app-context';
import { NotFoundError } from '../../lib/errors';
import { requireOfficerRole } from '../../lib/principal';
import { requestLanguage } from '../../lib/request-language';
import { parseRequest } from '../../lib/validation';
import type { OfficerRequest } from '../review/review.service';
import { watchlistCsvTemplate } from './watchlist-csv';
import { WatchlistService } from './watchlist.service';

const EntryId = z.uuid();

function administratorRequest(request: Request): OfficerRequest {
  return { officer: requireOfficerRole(request, ADMINISTRATOR_ROLES), ip: request.ip };
}

/** Reads the `:id` path parameter; a malformed id gets the same 404 as an unknown one. */
function entryIdParam(request: Request): string {
  const parsed = EntryId.safeParse(request.params['id']);
  if (!parsed.success) {
    throw new NotFoundError();
  }
  return parsed.data;
}

/**
 * Administrators' watchlist routes under `/api/officer/admin/watchlist`. Values are names and
 * document numbers, so searches travel in POST bodies and entries are addressed by id only.
 * Every route checks the administrator role before it reads the request.
 */
export function createWatchlistRouter(context: AppContext): Router {
  const router = Router();
  const service = new WatchlistService(context.sequelize);

  router.get('/template.csv', (request, response) => {
    administratorRequest(request);

    response
      .type('text/csv; charset=utf-8')
      .attachment('watchlist-template.csv')
      .send(watchlistCsvTemplate());
  });

  router.post('/search', async (request, response) => {
    const administrator = administratorRequest(request);
    const search = parseRequest(WatchlistSearch, request.body ?? {});

    response.set('Cache-Control', 'no-store').json(await service.search(administrator, search));
  });

  router.post('/', async (request, response) => {
    const administrator = administratorRequest(request);

    response.status(201).json(await service.add(administrator, request.body));
  });

  router.post('/import', async (request, response) => {
    const administrator = administratorRequest(request);
    const upload = parseRequest(WatchlistImportRequest, request.body);

    response.json(await service.import(administrator, upload, requestLanguage(request)));
  });

  router.post('/:id/deactivate', async (request, response) => {
    const administrator = administratorRequest(request);
    const id = entryIdParam(request);
    const deactivation = parseRequest(WatchlistDeactivation, request.body);

    response.json(await service.deactivate(administrator, id, deactivation));
  });

  return router;
}
