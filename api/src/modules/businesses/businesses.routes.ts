import {
  BusinessDriverInput,
  BusinessDriverUpdate,
  BusinessInvitationAcceptance,
  BusinessInvitationInput,
  BusinessPartnerInput,
  BusinessPartnerUpdate,
  BusinessRegistration,
  BusinessUpdate,
  BusinessVehicleInput,
  BusinessVehicleUpdate,
} from '@smartgate/shared-models';
import { Router } from 'express';

import type { AppContext } from '../../lib/app-context';
import { currentApplicant } from '../../lib/principal';
import { parseRequest } from '../../lib/validation';
import { BusinessInvitationsService } from './business-invitations.service';
import { DRIVERS, PARTNERS, VEHICLES } from './business-record-kinds';
import { createBusinessRecordsRouter } from './business-records.routes';
import { idParam } from './business-requests';
import { BusinessesService } from './businesses.service';

const NO_STORE = 'private, no-store';

/** Creates the routes of a business's members and invitations under `/:businessId`. */
function createMembersRouter(context: AppContext): Router {
  const router = Router({ mergeParams: true });
  const businesses = new BusinessesService(context.sequelize);
  const invitations = new BusinessInvitationsService(context.sequelize);

  router.get('/members', async (request, response) => {
    const applicant = currentApplicant(request);
    const businessId = idParam(request, 'businessId');

    response.set('Cache-Control', NO_STORE).json(await businesses.members(applicant, businessId));
  });

  router.delete('/members/:applicantId', async (request, response) => {
    const applicant = currentApplicant(request);
    const businessId = idParam(request, 'businessId');
    const memberId = idParam(request, 'applicantId');

    await businesses.removeMember(applicant, businessId, memberId);
    response.status(204).end();
  });

  router.get('/invitations', async (request, response) => {
    const applicant = currentApplicant(request);
    const businessId = idParam(request, 'businessId');

    response.set('Cache-Control', NO_STORE).json(await invitations.listOpen(applicant, businessId));
  });

  router.post('/invitations', async (request, response) => {
    const applicant = currentApplicant(request);
    const businessId = idParam(request, 'businessId');
    const input = parseRequest(BusinessInvitationInput, request.body);

    response.status(201).json(await invitations.invite(applicant, businessId, input));
  });

  router.delete('/invitations/:invitationId', async (request, response) => {
    const applicant = currentApplicant(request);
    const businessId = idParam(request, 'businessId');
    const invitationId = idParam(request, 'invitationId');

    await invitations.revoke(applicant, businessId, invitationId);
    response.status(204).end();
  });

  return router;
}

/** Creates the routes of the applicant's businesses under `/api/applicant/businesses`. */
export function createBusinessesRouter(context: AppContext): Router {
  const router = Router();
  const service = new BusinessesService(context.sequelize);

  router.get('/', async (request, response) => {
    const applicant = currentApplicant(request);

    response.set('Cache-Control', NO_STORE).json(await service.listMine(applicant));
  });

  router.post('/', async (request, response) => {
    const applicant = currentApplicant(request);
    const registration = parseRequest(BusinessRegistration, request.body);

    response.status(201).json(await service.register(applicant, registration));
  });

  router.get('/:businessId', async (request, response) => {
    const applicant = currentApplicant(request);
    const businessId = idParam(request, 'businessId');

    response.set('Cache-Control', NO_STORE).json(await service.view(applicant, businessId));
  });

  router.put('/:businessId', async (request, response) => {
    const applicant = currentApplicant(request);
    const businessId = idParam(request, 'businessId');
    const { version, ...details } = parseRequest(BusinessUpdate, request.body);

    response.json(await service.update(applicant, businessId, version, details));
  });

  router.use('/:businessId', createMembersRouter(context));
  router.use(
    '/:businessId/vehicles',
    createBusinessRecordsRouter(context, VEHICLES, {
      input: BusinessVehicleInput,
      update: BusinessVehicleUpdate,
      nestedField: 'vehicle',
    }),
  );
  router.use(
    '/:businessId/drivers',
    createBusinessRecordsRouter(context, DRIVERS, {
      input: BusinessDriverInput,
      update: BusinessDriverUpdate,
      nestedField: 'traveller',
    }),
  );
  router.use(
    '/:businessId/partners',
    createBusinessRecordsRouter(context, PARTNERS, {
      input: BusinessPartnerInput,
      update: BusinessPartnerUpdate,
      nestedField: null,
    }),
  );

  return router;
}

/** Creates `POST /api/applicant/business-invitations/accept`, the target of the e-mail link's page. */
export function createBusinessInvitationAcceptRouter(context: AppContext): Router {
  const router = Router();
  const service = new BusinessInvitationsService(context.sequelize);

  router.post('/accept', async (request, response) => {
    const applicant = currentApplicant(request);
    const { token } = parseRequest(BusinessInvitationAcceptance, request.body);

    response.json(await service.accept(applicant, token));
  });

  return router;
}
