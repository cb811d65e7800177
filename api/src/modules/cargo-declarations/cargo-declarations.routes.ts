import { CargoDeclarationDraft, PageQuery, SubmissionRequest } from '@smartgate/shared-models';
import { Router, type Request } from 'express';

import type { AppContext } from '../../lib/app-context';
import { NotFoundError } from '../../lib/errors';
import { currentApplicant } from '../../lib/principal';
import { parseRequest } from '../../lib/validation';
import { declarationIdParam, parseDraftUpdate } from '../declarations/declaration-requests';
import { findResultPdf } from '../results/results.service';
import { TravellerPhotoFiles } from '../traveller-photos/traveller-photo-files';
import { CargoDeclarationsService, type CargoScope } from './cargo-declarations.service';
import { labelCargoFieldErrors } from './cargo-field-labels';
import { CargoDraftUpdateRequest } from './cargo-declarations.schemas';

/** The signed-in member and the `:businessId` of the path; the service checks the membership. */
function scopeOf(request: Request): CargoScope {
  return { applicant: currentApplicant(request), businessId: String(request.params['businessId']) };
}

/**
 * Creates the routes of a business's cargo declarations, mounted under `/api/applicant/businesses`:
 * `/:businessId/cargo-declarations` and below.
 */
export function createCargoDeclarationsRouter(context: AppContext): Router {
  const router = Router();
  const photoFiles = new TravellerPhotoFiles(context.config.dataDir, context.logger);
  const service = new CargoDeclarationsService(context.sequelize, photoFiles);
  const base = '/:businessId/cargo-declarations';

  router.get(base, async (request, response) => {
    const page = parseRequest(PageQuery, request.query);

    response.json(await service.list(scopeOf(request), page));
  });

  router.post(base, async (request, response) => {
    const draft = parseRequest(CargoDeclarationDraft, request.body);

    response.status(201).json(await service.createDraft(scopeOf(request), draft));
  });

  router.get(`${base}/:id`, async (request, response) => {
    const id = declarationIdParam(request);

    response.json(await service.view(scopeOf(request), id));
  });

  router.put(`${base}/:id`, async (request, response) => {
    const id = declarationIdParam(request);
    const update = parseDraftUpdate(request.body, CargoDraftUpdateRequest);

    response.json(await service.updateDraft(scopeOf(request), id, update.version, update.data));
  });

  router.post(`${base}/:id/submit`, async (request, response) => {
    const id = declarationIdParam(request);
    const { version } = parseRequest(SubmissionRequest, request.body);

    response.json(await service.submit(scopeOf(request), id, version));
  });

  router.post(`${base}/:id/withdraw`, async (request, response) => {
    const id = declarationIdParam(request);
    const { version } = parseRequest(SubmissionRequest, request.body);

    response.json(await service.withdraw(scopeOf(request), id, version));
  });

  router.post(`${base}/:id/copy`, async (request, response) => {
    const id = declarationIdParam(request);

    response.status(201).json(await service.copy(scopeOf(request), id));
  });

  router.get(`${base}/:id/result.pdf`, async (request, response) => {
    const id = declarationIdParam(request);
    await service.assertResultIssued(scopeOf(request), id);

    const pdf = await findResultPdf(context, id);
    if (!pdf) {
      throw new NotFoundError('declarationNotIssued');
    }
    response.set('Cache-Control', 'private, no-store');
    response.download(pdf.filePath, pdf.fileName);
  });

  router.use(base, labelCargoFieldErrors);
  return router;
}
