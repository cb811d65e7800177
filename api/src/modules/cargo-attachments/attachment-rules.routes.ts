import { AttachmentRuleInput, AttachmentRuleUpdate } from '@smartgate/shared-models';
import { Router, type Request } from 'express';
import { z } from 'zod';

import type { AppContext } from '../../lib/app-context';
import { NotFoundError } from '../../lib/errors';
import { requireOfficerRole } from '../../lib/principal';
import { parseRequest } from '../../lib/validation';
import { listAttachmentRules } from './attachment-rules.repository';
import { AttachmentRulesService } from './attachment-rules.service';

/** Only administrators change reference data; supervisors and reviewers apply it. */
const ADMINISTRATOR_ONLY = ['administrator'] as const;

/** Reference data changes rarely; browsers may reuse it for five minutes. */
const CACHE_CONTROL = 'public, max-age=300';

const RuleId = z.uuid();

/** Reads the `:ruleId` path parameter. A malformed id gets the same 404 as an unknown one. */
function ruleIdParam(request: Request): string {
  const parsed = RuleId.safeParse(request.params['ruleId']);
  if (!parsed.success) {
    throw new NotFoundError();
  }
  return parsed.data;
}

/** Creates the public list of active attachment rules, `GET /api/reference/attachment-rules`. */
export function createAttachmentRulesReferenceRouter(): Router {
  const router = Router();

  router.get('/attachment-rules', async (_request, response) => {
    response.set('Cache-Control', CACHE_CONTROL).json(await listAttachmentRules({ activeOnly: true }));
  });

  return router;
}

/** Creates the administrator's attachment rule routes under `/api/officer/reference/attachment-rules`. */
export function createAttachmentRulesAdminRouter(context: AppContext): Router {
  const router = Router();
  const service = new AttachmentRulesService(context.sequelize);

  router.get('/', async (request, response) => {
    requireOfficerRole(request, ADMINISTRATOR_ONLY);

    response.set('Cache-Control', 'no-store').json(await service.list());
  });

  router.post('/', async (request, response) => {
    // The role is checked before the body, so other officers learn nothing about valid input.
    const officer = requireOfficerRole(request, ADMINISTRATOR_ONLY);
    const input = parseRequest(AttachmentRuleInput, request.body);

    response.status(201).json(await service.create({ officer, ip: request.ip }, input));
  });

  router.put('/:ruleId', async (request, response) => {
    const officer = requireOfficerRole(request, ADMINISTRATOR_ONLY);
    const id = ruleIdParam(request);
    const update = parseRequest(AttachmentRuleUpdate, request.body);

    response.json(await service.update({ officer, ip: request.ip }, id, update));
  });

  return router;
}
