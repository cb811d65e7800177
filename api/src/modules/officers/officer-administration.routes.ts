import { ADMINISTRATOR_ROLES, OfficerCreation, OfficerUpdate } from '@smartgate/shared-models';
import { Router, type Request } from 'express';
import { z } from 'zod';

import type { AppContext } from '../../lib/app-context';
import { NotFoundError } from '../../lib/errors';
import { requireOfficerRole } from '../../lib/principal';
import { parseRequest } from '../../lib/validation';
import { OfficerAdministrationService, type AdministratorRequest } from './officer-administration.service';

const OfficerId = z.uuid();
/** A session handle as the session list shows it: a SHA-256 in lower-case hex. */
const SessionHandle = z.string().regex(/^[0-9a-f]{64}$/);

function administratorRequest(request: Request): AdministratorRequest {
  return { administrator: requireOfficerRole(request, ADMINISTRATOR_ROLES), ip: request.ip };
}

/** Reads a path parameter; a malformed one gets the same 404 as an unknown one. */
function pathParam(request: Request, name: string, schema: z.ZodType<string>): string {
  const parsed = schema.safeParse(request.params[name]);
  if (!parsed.success) {
    throw new NotFoundError();
  }
  return parsed.data;
}

/**
 * Administrators' routes under `/api/officer/admin`: officers (list, create, change, disable,
 * enable, reset password or TOTP, unlock) and the active officer sessions. Every route checks
 * the administrator role before it reads the request.
 */
export function createOfficerAdministrationRouter(context: AppContext): Router {
  const router = Router();
  const service = new OfficerAdministrationService(context.sequelize, context.config.officerSecurity);

  router.use((request, _response, next) => {
    requireOfficerRole(request, ADMINISTRATOR_ROLES);
    next();
  });

  router.get('/officers', async (_request, response) => {
    response.json(await service.list());
  });

  router.post('/officers', async (request, response) => {
    const administrator = administratorRequest(request);
    const creation = parseRequest(OfficerCreation, request.body);

    response
      .status(201)
      .set('Cache-Control', 'no-store')
      .json(await service.create(administrator, creation));
  });

  router.patch('/officers/:id', async (request, response) => {
    const administrator = administratorRequest(request);
    const id = pathParam(request, 'id', OfficerId);
    const update = parseRequest(OfficerUpdate, request.body);

    response.json(await service.update(administrator, id, update));
  });

  for (const [action, active] of [
    ['disable', false],
    ['enable', true],
  ] as const) {
    router.post(`/officers/:id/${action}`, async (request, response) => {
      const administrator = administratorRequest(request);
      const id = pathParam(request, 'id', OfficerId);

      response.json(await service.setActive(administrator, id, active));
    });
  }

  router.post('/officers/:id/password-reset', async (request, response) => {
    const administrator = administratorRequest(request);
    const id = pathParam(request, 'id', OfficerId);

    response.set('Cache-Control', 'no-store').json(await service.resetPassword(administrator, id));
  });

  router.post('/officers/:id/totp-reset', async (request, response) => {
    const administrator = administratorRequest(request);
    const id = pathParam(request, 'id', OfficerId);

    response.json(await service.resetTotp(administrator, id));
  });

  router.post('/officers/:id/unlock', async (request, response) => {
    const administrator = administratorRequest(request);
    const id = pathParam(request, 'id', OfficerId);

    response.json(await service.unlock(administrator, id));
  });

  router.get('/sessions', async (_request, response) => {
    response.json(await service.sessions());
  });

  router.post('/sessions/:handle/end', async (request, response) => {
    const administrator = administratorRequest(request);
    const handle = pathParam(request, 'handle', SessionHandle);

    await service.endSession(administrator, handle);
    response.status(204).end();
  });

  return router;
}
