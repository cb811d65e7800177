import { DocumentType, DocumentTypeRulesUpdate } from '@smartgate/shared-models';
import { Router, type Request } from 'express';

import type { AppContext } from '../../lib/app-context';
import { NotFoundError } from '../../lib/errors';
import { requireOfficerRole } from '../../lib/principal';
import { parseRequest } from '../../lib/validation';
import { DocumentTypesService } from './document-types.service';

/** Only administrators change reference data; supervisors and reviewers apply it. */
const ADMINISTRATOR_ONLY = ['administrator'] as const;

/** Reads the `:code` path parameter. An unknown code gets the same 404 as a missing row. */
function documentTypeParam(request: Request): DocumentType {
  const parsed = DocumentType.safeParse(request.params['code']);
  if (!parsed.success) {
    throw new NotFoundError();
  }
  return parsed.data;
}

/** Creates the administrator's document type routes under `/api/officer/reference/document-types`. */
export function createDocumentTypesAdminRouter(context: AppContext): Router {
  const router = Router();
  const service = new DocumentTypesService(context.sequelize);

  router.get('/', async (request, response) => {
    requireOfficerRole(request, ADMINISTRATOR_ONLY);

    response.set('Cache-Control', 'no-store').json(await service.list());
  });

  router.put('/:code', async (request, response) => {
    // The role is checked before the body, so other officers learn nothing about valid input.
    const officer = requireOfficerRole(request, ADMINISTRATOR_ONLY);
    const code = documentTypeParam(request);
    const update = parseRequest(DocumentTypeRulesUpdate, request.body);

    response.json(await service.update({ officer, ip: request.ip }, code, update));
  });

  return router;
}
