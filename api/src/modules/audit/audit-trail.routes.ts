import {
  ADMINISTRATOR_ROLES,
  AuditSearchQuery,
  RecordTrailQuery,
  SUPERVISOR_ROLES,
} from '@smartgate/shared-models';
import { Router } from 'express';

import type { AppContext } from '../../lib/app-context';
import { requireOfficerRole } from '../../lib/principal';
import { parseRequest } from '../../lib/validation';
import { declarationIdParam } from '../declarations/declaration-requests';
import { AuditTrailService } from './audit-trail.service';

/** Creates `GET /api/officer/declarations/:id/trail`, one declaration's trail for supervisors and administrators. */
export function createRecordTrailRouter(context: AppContext): Router {
  const router = Router();
  const service = new AuditTrailService(context.sequelize);

  router.get('/:id/trail', async (request, response) => {
    const officer = requireOfficerRole(request, SUPERVISOR_ROLES);
    const id = declarationIdParam(request);
    const query = parseRequest(RecordTrailQuery, request.query);

    response
      .set('Cache-Control', 'no-store')
      .json(await service.recordTrail({ officer, ip: request.ip }, id, query));
  });

  return router;
}

/** Creates `GET /api/officer/admin/audit-log`, the administrators' search of the whole trail. */
export function createAuditSearchRouter(context: AppContext): Router {
  const router = Router();
  const service = new AuditTrailService(context.sequelize);

  router.get('/', async (request, response) => {
    const officer = requireOfficerRole(request, ADMINISTRATOR_ROLES);
    const query = parseRequest(AuditSearchQuery, request.query);

    response.set('Cache-Control', 'no-store').json(await service.search({ officer, ip: request.ip }, query));
  });

  return router;
}
