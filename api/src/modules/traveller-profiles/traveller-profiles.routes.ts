import { TravellerProfileDeletion, TravellerProfileInput } from '@smartgate/shared-models';
import { Router } from 'express';

import type { AppContext } from '../../lib/app-context';
import { currentApplicant } from '../../lib/principal';
import { parseRequest } from '../../lib/validation';
import { parseProfileUpdate, profileIdParam } from './traveller-profile-requests';
import { TravellerProfilesService } from './traveller-profiles.service';

/** Creates the routes of the applicant's saved travellers under `/api/applicant/traveller-profiles`. */
export function createTravellerProfilesRouter(context: AppContext): Router {
  const router = Router();
  const service = new TravellerProfilesService(context.sequelize);

  router.get('/', async (request, response) => {
    const applicant = currentApplicant(request);

    response.set('Cache-Control', 'private, no-store').json(await service.list(applicant));
  });

  router.post('/', async (request, response) => {
    const applicant = currentApplicant(request);
    const traveller = parseRequest(TravellerProfileInput, request.body);

    response.status(201).json(await service.create(applicant, traveller));
  });

  router.get('/:id', async (request, response) => {
    const applicant = currentApplicant(request);
    const id = profileIdParam(request);

    response.set('Cache-Control', 'private, no-store').json(await service.view(applicant, id));
  });

  router.put('/:id', async (request, response) => {
    const applicant = currentApplicant(request);
    const id = profileIdParam(request);
    const update = parseProfileUpdate(request.body);

    response.json(await service.update(applicant, id, update.version, update.traveller));
  });

  router.delete('/:id', async (request, response) => {
    const applicant = currentApplicant(request);
    const id = profileIdParam(request);
    const { version } = parseRequest(TravellerProfileDeletion, request.query);

    await service.remove(applicant, id, version);
    response.status(204).end();
  });

  return router;
}
