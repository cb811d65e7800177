import { BulkApprovalRequest, SUPERVISOR_ROLES, ScreeningSummaryRequest } from '@smartgate/shared-models';
import { Router, type Request } from 'express';

import type { AppContext } from '../../lib/app-context';
import { currentOfficer, requireOfficerRole } from '../../lib/principal';
import { parseRequest } from '../../lib/validation';
import { declarationIdParam } from '../declarations/declaration-requests';
import type { OfficerRequest } from '../review/review.service';
import { BulkApprovalService } from './bulk-approval.service';
import { ScreeningService } from './screening.service';

function officerRequest(request: Request): OfficerRequest {
  return { officer: currentOfficer(request), ip: request.ip };
}

/**
 * Screening and bulk approval routes under `/api/officer/declarations`:
 * `GET /:id/screening`, `POST /screening-summaries` and `POST /bulk-approve`.
 */
export function createScreeningRouter(context: AppContext): Router {
  const router = Router();
  const screenings = new ScreeningService(context.sequelize);
  const bulkApprovals = new BulkApprovalService(context.sequelize);

  router.get('/:id/screening', async (request, response) => {
    const officer = officerRequest(request);
    const id = declarationIdParam(request);

    response.set('Cache-Control', 'no-store').json(await screenings.view(officer, id));
  });

  router.post('/screening-summaries', async (request, response) => {
    const officer = officerRequest(request);
    const { ids } = parseRequest(ScreeningSummaryRequest, request.body);

    response.set('Cache-Control', 'no-store').json(await screenings.summaries(officer, ids));
  });

  router.post('/bulk-approve', async (request, response) => {
    // The role is checked before the body, so other officers learn nothing about valid input.
    const officer = { officer: requireOfficerRole(request, SUPERVISOR_ROLES), ip: request.ip };
    const bulk = parseRequest(BulkApprovalRequest, request.body);

    response.json(await bulkApprovals.approve(officer, bulk));
  });

  return router;
}
