import { CrossingDeclarationDraft, PageQuery, SubmissionRequest } from '@smartgate/shared-models';
import { Router } from 'express';

import type { AppContext } from '../../lib/app-context';
import { NotFoundError } from '../../lib/errors';
import { currentApplicant } from '../../lib/principal';
import { parseRequest } from '../../lib/validation';
import { findResultPdf } from '../results/results.service';
import { TravellerPhotoFiles } from '../traveller-photos/traveller-photo-files';
import { declarationIdParam, parseDraftUpdate } from './declaration-requests';
import { DeclarationsService } from './declarations.service';

/** Creates the applicant's declaration routes under `/api/applicant/declarations`. */
export function createDeclarationsRouter(context: AppContext): Router {
  const router = Router();
  const photoFiles = new TravellerPhotoFiles(context.config.dataDir, context.logger);
  const service = new DeclarationsService(context.sequelize, photoFiles);

  router.get('/', async (request, response) => {
    const applicant = currentApplicant(request);
    const page = parseRequest(PageQuery, request.query);

    response.json(await service.list(applicant, page));
  });

  router.post('/', async (request, response) => {
    const applicant = currentApplicant(request);
    const draft = parseRequest(CrossingDeclarationDraft, request.body);

    response.status(201).json(await service.createDraft(applicant, draft));
  });

  router.get('/:id', async (request, response) => {
    const applicant = currentApplicant(request);
    const id = declarationIdParam(request);

    response.json(await service.view(applicant, id));
  });

  router.put('/:id', async (request, response) => {
    const applicant = currentApplicant(request);
    const id = declarationIdParam(request);
    const update = parseDraftUpdate(request.body);

    response.json(await service.updateDraft(applicant, id, update.version, update.data));
  });

  router.post('/:id/submit', async (request, response) => {
    const applicant = currentApplicant(request);
    const id = declarationIdParam(request);
    const { version } = parseRequest(SubmissionRequest, request.body);

    response.json(await service.submit(applicant, id, version));
  });

  router.post('/:id/repeat', async (request, response) => {
    const applicant = currentApplicant(request);
    const id = declarationIdParam(request);

    response.status(201).json(await service.repeat(applicant, id));
  });

  router.post('/:id/withdraw', async (request, response) => {
    const applicant = currentApplicant(request);
    const id = declarationIdParam(request);
    const { version } = parseRequest(SubmissionRequest, request.body);

    response.json(await service.withdraw(applicant, id, version));
  });

  router.get('/:id/result.pdf', async (request, response) => {
    const applicant = currentApplicant(request);
    const id = declarationIdParam(request);
    await service.assertResultIssued(applicant, id);

    const pdf = await findResultPdf(context, id);
    if (!pdf) {
      throw new NotFoundError('declarationNotIssued');
    }
    response.set('Cache-Control', 'private, no-store');
    response.download(pdf.filePath, pdf.fileName);
  });

  return router;
}
