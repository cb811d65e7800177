import { AssignmentRequest, ReleaseRequest, ReviewQueueQuery } from '@smartgate/shared-models';
import { Router, type Request } from 'express';

import type { AppContext } from '../../lib/app-context';
import { ValidationError } from '../../lib/errors';
import { currentOfficer } from '../../lib/principal';
import { fieldIssues, parseRequest } from '../../lib/validation';
import { declarationIdParam } from '../declarations/declaration-requests';
import { AssignmentService } from './assignment.service';
import { ReviewQueueService } from './review-queue.service';
import type { OfficerRequest } from './review.service';

function officerRequest(request: Request): OfficerRequest {
  return { officer: currentOfficer(request), ip: request.ip };
}

/**
 * Parses a queue query. Search text that is too short or too long is well-formed but cannot be
 * searched, so when it is the only problem the status is 422; any other invalid field gets 400.
 */
function parseQueueQuery(input: unknown): ReviewQueueQuery {
  const parsed = ReviewQueueQuery.safeParse(input);
  if (parsed.success) {
    return parsed.data;
  }

  const issues = fieldIssues(parsed.error.issues);
  const searchOnly = issues.every((issue) => issue.path[0] === 'search');
  throw new ValidationError(issues, searchOnly ? 422 : 400, 'invalidRequest');
}

/** Rejects search text in the address, where browser histories and proxies would keep a name. */
function rejectSearchInUrl(request: Request): void {
  if (Object.hasOwn(request.query, 'search')) {
    throw new ValidationError([{ path: ['search'], code: 'searchNotInUrl' }]);
  }
}

/**
 * Creates the officers' queue, search and hold routes: `GET /declarations`,
 * `POST /declarations/search`, `GET /queue-summary` and `/declarations/:id/assignment|assign|release`.
 * (`/queues` belongs to the job queue board.)
 */
export function createReviewQueueRouter(context: AppContext): Router {
  const router = Router();
  const queues = new ReviewQueueService(context.sequelize);
  const assignments = new AssignmentService(context.sequelize);

  router.get('/declarations', async (request, response) => {
    const officer = officerRequest(request);
    rejectSearchInUrl(request);
    const query = parseQueueQuery(request.query);

    response.json(await queues.list(officer, query));
  });

  router.post('/declarations/search', async (request, response) => {
    const officer = officerRequest(request);
    const query = parseQueueQuery(request.body);

    response.json(await queues.list(officer, query));
  });

  router.get('/queue-summary', async (request, response) => {
    const officer = officerRequest(request);

    response.json(await queues.summary(officer));
  });

  router.get('/declarations/:id/assignment', async (request, response) => {
    const officer = officerRequest(request);
    const id = declarationIdParam(request);

    response.json(await assignments.current(officer, id));
  });

  router.post('/declarations/:id/assign', async (request, response) => {
    const officer = officerRequest(request);
    const id = declarationIdParam(request);
    const assignment = parseRequest(AssignmentRequest, request.body);

    response.json(await assignments.assign(officer, id, assignment));
  });

  router.post('/declarations/:id/release', async (request, response) => {
    const officer = officerRequest(request);
    const id = declarationIdParam(request);
    const release = parseRequest(ReleaseRequest, request.body);

    response.json(await assignments.release(officer, id, release));
  });

  return router;
}
