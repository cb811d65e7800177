import { HsCodeSearchQuery } from '@smartgate/shared-models';
import { Router } from 'express';

import type { AppContext } from '../../lib/app-context';
import { parseRequest } from '../../lib/validation';
import { listGoodsUnits, searchHsCodes } from './goods-reference.repository';

/** Reference data changes rarely; browsers may reuse it for five minutes. */
const CACHE_CONTROL = 'public, max-age=300';

/** The goods reference data of cargo declarations: `/api/reference/hs-codes?q=` and `/api/reference/units`. */
export function createGoodsReferenceRouter(context: AppContext): Router {
  const router = Router();

  router.get('/hs-codes', async (request, response) => {
    const { q } = parseRequest(HsCodeSearchQuery, request.query);

    response.set('Cache-Control', CACHE_CONTROL).json(await searchHsCodes(context.sequelize, q));
  });

  router.get('/units', async (_request, response) => {
    response.set('Cache-Control', CACHE_CONTROL).json(await listGoodsUnits(context.sequelize));
  });

  return router;
}
