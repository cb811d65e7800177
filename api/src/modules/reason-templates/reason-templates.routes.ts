import {
  ADMINISTRATOR_ROLES,
  APPROVER_ROLES,
  ReasonTemplateCreation,
  ReasonTemplateOrder,
  ReasonTemplateQuery,
  ReasonTemplateUpdate,
} from '@smartgate/shared-models';
import { Router, type Request } from 'express';
import { z } from 'zod';

import type { AppContext } from '../../lib/app-context';
import { NotFoundError } from '../../lib/errors';
import { requireOfficerRole } from '../../lib/principal';
import { parseRequest } from '../../lib/validation';
import type { OfficerRequest } from '../review/review.service';
import { ReasonTemplatesService } from './reason-templates.service';

const TemplateId = z.uuid();

function administratorRequest(request: Request): OfficerRequest {
  return { officer: requireOfficerRole(request, ADMINISTRATOR_ROLES), ip: request.ip };
}

/** Reads the `:id` path parameter. A malformed id gets the same 404 as an unknown one. */
function templateIdParam(request: Request): string {
  const parsed = TemplateId.safeParse(request.params['id']);
  if (!parsed.success) {
    throw new NotFoundError();
  }
  return parsed.data;
}

/** Creates the deciding officers' read-only route `/api/officer/reason-templates?reasonKind=…`. */
export function createReasonTemplatesRouter(context: AppContext): Router {
  const router = Router();
  const service = new ReasonTemplatesService(context.sequelize);

  router.get('/', async (request, response) => {
    requireOfficerRole(request, APPROVER_ROLES);
    const { reasonKind } = parseRequest(ReasonTemplateQuery, request.query);

    response.json(await service.listActive(reasonKind));
  });

  return router;
}

/**
 * Creates the administrators' routes under `/api/officer/admin/reason-templates`: list, add,
 * edit or deactivate, and reorder. The role is checked before the body is read.
 */
export function createReasonTemplatesAdminRouter(context: AppContext): Router {
  const router = Router();
  const service = new ReasonTemplatesService(context.sequelize);

  router.get('/', async (request, response) => {
    requireOfficerRole(request, ADMINISTRATOR_ROLES);

    response.set('Cache-Control', 'no-store').json(await service.listAll());
  });

  router.post('/', async (request, response) => {
    const administrator = administratorRequest(request);
    const creation = parseRequest(ReasonTemplateCreation, request.body);

    response.status(201).json(await service.create(administrator, creation));
  });

  // Registered before `/:id`, which would otherwise take `order` as an id.
  router.put('/order', async (request, response) => {
    const administrator = administratorRequest(request);
    const order = parseRequest(ReasonTemplateOrder, request.body);

    response.json(await service.reorder(administrator, order));
  });

  router.put('/:id', async (request, response) => {
    const administrator = administratorRequest(request);
    const id = templateIdParam(request);
    const update = parseRequest(ReasonTemplateUpdate, request.body);

    response.json(await service.update(administrator, id, update));
  });

  return router;
}
