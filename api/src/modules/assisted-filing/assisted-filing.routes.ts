import { Router } from 'express';

import type { AppContext } from '../../lib/app-context';
import { currentOfficer } from '../../lib/principal';
import { declarationIdParam } from '../declarations/declaration-requests';
import { readPhotoUpload } from '../traveller-photos/photo-upload';
import { TravellerPhotoFiles } from '../traveller-photos/traveller-photo-files';
import { parseAssistedFiling } from './assisted-filing-request';
import { AssistedFilingService } from './assisted-filing.service';
import { CounterPhotosService } from './counter-photos.service';

/**
 * Creates the routes under `/api/officer/assisted-declarations`, where an officer of any role
 * files a declaration at the counter for travellers or a truck that arrived without one, and
 * follows it until its result can be printed. Portraits taken at the counter are uploaded
 * first (`POST /photos`, multipart/form-data with the file in the field `photo`), and the
 * filing names them by their upload id.
 */
export function createAssistedFilingRouter(context: AppContext): Router {
  const router = Router();
  const photos = new CounterPhotosService(
    context.sequelize,
    new TravellerPhotoFiles(context.config.dataDir, context.logger),
    context.logger,
  );
  const service = new AssistedFilingService(context.sequelize, context.logger, photos);

  router.post('/photos', async (request, response) => {
    const officer = currentOfficer(request);
    const upload = await readPhotoUpload(request, ['photo']);

    response.status(201).json(await photos.upload(officer, upload));
  });

  router.post('/', async (request, response) => {
    const officer = { officer: currentOfficer(request), ip: request.ip };
    const filing = parseAssistedFiling(request);

    const { view, replayed } = await service.file(officer, filing);
    response
      .status(replayed ? 200 : 201)
      .set('Idempotent-Replayed', String(replayed))
      .json(view);
  });

  router.get('/:id', async (request, response) => {
    const officer = currentOfficer(request);
    const id = declarationIdParam(request);

    response.set('Cache-Control', 'no-store').json(await service.status(officer, id));
  });

  return router;
}
