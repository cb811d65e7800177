import { ApprovalDecision, RejectionDecision } from '@smartgate/shared-models';
import { Router, type Request } from 'express';

import type { AppContext } from '../../lib/app-context';
import { currentOfficer } from '../../lib/principal';
import { parseRequest } from '../../lib/validation';
import { declarationIdParam } from '../declarations/declaration-requests';
import { ReviewQueueQuery } from './review.schemas';
import { ReviewService, type OfficerRequest } from './review.service';

function officerRequest(request: Request): OfficerRequest {
  return { officer: currentOfficer(request), ip: request.ip };
}

/** Creates the officer's declaration routes under `/api/officer/declarations`. */
export function createReviewRouter(context: AppContext): Router {
  const router = Router();
  const service = new ReviewService(context.sequelize);

  router.get('/', async (request, response) => {
    currentOfficer(request);
    const query = parseRequest(ReviewQueueQuery, request.query);

    response.json(await service.list(query));
  });

  router.get('/:id', async (request, response) => {
    const officer = officerRequest(request);
    const id = declarationIdParam(request);

    response.json(await service.view(officer, id));
  });

  router.post('/:id/approve', async (request, response) => {
    const officer = officerRequest(request);
    const id = declarationIdParam(request);
    const { version } = parseRequest(ApprovalDecision, request.body);

    response.json(await service.approve(officer, id, version));
  });

  router.post('/:id/reject', async (request, response) => {
    const officer = officerRequest(request);
    const id = declarationIdParam(request);
    const decision = parseRequest(RejectionDecision, request.body);

    response.json(await service.reject(officer, id, decision));
  });

  return router;
}
