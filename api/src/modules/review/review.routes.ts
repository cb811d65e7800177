import {
  APPROVER_ROLES,
  ApprovalDecision,
  ChangeRequestDecision,
  RejectionDecision,
  ResultRevocation,
  SUPERVISOR_ROLES,
} from '@smartgate/shared-models';
import { Router, type Request } from 'express';

import type { AppContext } from '../../lib/app-context';
import { currentOfficer, requireOfficerRole } from '../../lib/principal';
import { parseRequest } from '../../lib/validation';
import { declarationIdParam } from '../declarations/declaration-requests';
import { ResultRevocationService } from './result-revocation.service';
import { ReviewService, type OfficerRequest } from './review.service';

function officerRequest(request: Request): OfficerRequest {
  return { officer: currentOfficer(request), ip: request.ip };
}

/** Checks that the officer may decide declarations; a gate officer records crossings but does not decide. */
function approverRequest(request: Request): OfficerRequest {
  return { officer: requireOfficerRole(request, APPROVER_ROLES), ip: request.ip };
}

/** Creates the officer's declaration routes under `/api/officer/declarations`. */
export function createReviewRouter(context: AppContext): Router {
  const router = Router();
  const service = new ReviewService(context.sequelize);
  const revocations = new ResultRevocationService(context.sequelize);

  router.get('/:id', async (request, response) => {
    const officer = officerRequest(request);
    const id = declarationIdParam(request);

    response.json(await service.view(officer, id));
  });

  router.post('/:id/approve', async (request, response) => {
    const officer = approverRequest(request);
    const id = declarationIdParam(request);
    const { version } = parseRequest(ApprovalDecision, request.body);

    response.json(await service.approve(officer, id, version));
  });

  router.post('/:id/reject', async (request, response) => {
    const officer = approverRequest(request);
    const id = declarationIdParam(request);
    const decision = parseRequest(RejectionDecision, request.body);

    response.json(await service.reject(officer, id, decision));
  });

  router.post('/:id/request-changes', async (request, response) => {
    const officer = approverRequest(request);
    const id = declarationIdParam(request);
    const decision = parseRequest(ChangeRequestDecision, request.body);

    response.json(await service.requestChanges(officer, id, decision));
  });

  router.post('/:id/revoke-result', async (request, response) => {
    // The role is checked before the body, so other officers learn nothing about valid input.
    const officer = { officer: requireOfficerRole(request, SUPERVISOR_ROLES), ip: request.ip };
    const id = declarationIdParam(request);
    const decision = parseRequest(ResultRevocation, request.body);

    response.json(await revocations.revoke(officer, id, decision));
  });

  return router;
}
