import { HsCodeAdminQuery, HsCodeControlUpdate, normalizeHsCode } from '@smartgate/shared-models';
import { Router, type Request } from 'express';

import type { AppContext } from '../../lib/app-context';
import { NotFoundError } from '../../lib/errors';
import { requireOfficerRole } from '../../lib/principal';
import { parseRequest } from '../../lib/validation';
import { HsCodesAdminService } from './hs-codes-admin.service';

/** Only administrators change reference data; supervisors and reviewers apply it. */
const ADMINISTRATOR_ONLY = ['administrator'] as const;

/** Reads the `:code` path parameter, with or without dots. A malformed code gets the same 404 as an unknown one. */
function hsCodeParam(request: Request): string {
  const code = normalizeHsCode(String(request.params['code']));
  if (!/^(\d{2}){1,4}$/.test(code)) {
    throw new NotFoundError();
  }
  return code;
}

/** Creates the administrator's HS code routes under `/api/officer/reference/hs-codes`. */
export function createHsCodesAdminRouter(context: AppContext): Router {
  const router = Router();
  const service = new HsCodesAdminService(context.sequelize);

  router.get('/', async (request, response) => {
    requireOfficerRole(request, ADMINISTRATOR_ONLY);
    const query = parseRequest(HsCodeAdminQuery, request.query);

    response.set('Cache-Control', 'no-store').json(await service.list(query));
  });

  router.put('/:code/control', async (request, response) => {
    // The role is checked before the body, so other officers learn nothing about valid input.
    const officer = requireOfficerRole(request, ADMINISTRATOR_ONLY);
    const code = hsCodeParam(request);
    const update = parseRequest(HsCodeControlUpdate, request.body);

    response.json(await service.updateControl({ officer, ip: request.ip }, code, update));
  });

  return router;
}
