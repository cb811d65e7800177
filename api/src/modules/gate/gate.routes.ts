import {
  CrossingRequest,
  CrossingTimesQuery,
  GateCodeField,
  GateLookupRequest,
  MAX_CROSSING_TIMES_DAYS,
  RefusalRequest,
  SUPERVISOR_ROLES,
  addDaysToDateOnly,
} from '@smartgate/shared-models';
import { Router, type Request } from 'express';
import { z } from 'zod';

import type { AppContext } from '../../lib/app-context';
import { ValidationError } from '../../lib/errors';
import { currentOfficer, requireOfficerRole } from '../../lib/principal';
import { parseRequest } from '../../lib/validation';
import type { OfficerRequest } from '../review/review.service';
import { crossingTimes } from './crossing-times.repository';
import { CrossingsService } from './crossings.service';
import { requireDeskGate } from './gate-access';
import { findOfficerDesks } from './gate-desks.repository';
import { streamGateEvents } from './gate-event-stream';
import { gateEventHub } from './gate-events';
import { GateLookupService } from './gate-lookup.service';
import { listRecentPlateReads } from './plate-reads.repository';

/** How far back the lane screen's list of plate reads reaches when it opens. */
const RECENT_READS_MS = 2 * 60 * 60_000;
const RECENT_READS_LIMIT = 30;

const GateQuery = z.object({ gate: GateCodeField });

function officerRequest(request: Request): OfficerRequest {
  return { officer: currentOfficer(request), ip: request.ip };
}

/** Routes under `/api/officer/gate`: the lane screen's lookups, crossings, refusals, plate reads and reports. */
export function createGateDeskRouter(context: AppContext): Router {
  const router = Router();
  const lookups = new GateLookupService(context);
  const crossings = new CrossingsService(context, lookups);
  const hub = gateEventHub(context);

  router.get('/desks', async (request, response) => {
    const { officer } = officerRequest(request);

    response.json(await findOfficerDesks(context.sequelize, officer.id));
  });

  router.post('/lookups', async (request, response) => {
    const officer = officerRequest(request);
    const lookup = parseRequest(GateLookupRequest, request.body);

    response.set('Cache-Control', 'no-store').json(await lookups.lookup(officer, lookup));
  });

  router.post('/crossings', async (request, response) => {
    const officer = officerRequest(request);
    const crossing = parseRequest(CrossingRequest, request.body);

    response.status(201).json(await crossings.record(officer, crossing));
  });

  router.post('/refusals', async (request, response) => {
    const officer = officerRequest(request);
    const refusal = parseRequest(RefusalRequest, request.body);

    response.status(201).json(await crossings.refuse(officer, refusal));
  });

  router.get('/events', async (request, response) => {
    const { officer } = officerRequest(request);
    const { gate } = parseRequest(GateQuery, request.query);
    const desk = await requireDeskGate(context.sequelize, officer, gate);

    streamGateEvents(hub, desk.gateCode, request, response);
  });

  router.get('/plate-reads', async (request, response) => {
    const { officer } = officerRequest(request);
    const { gate } = parseRequest(GateQuery, request.query);
    const desk = await requireDeskGate(context.sequelize, officer, gate);

    const since = new Date(Date.now() - RECENT_READS_MS);
    const reads = await listRecentPlateReads(context.sequelize, {
      gateCode: desk.gateCode,
      since,
      limit: RECENT_READS_LIMIT,
    });
    response.set('Cache-Control', 'no-store').json(reads);
  });

  router.get('/crossing-times', async (request, response) => {
    const officer = requireOfficerRole(request, SUPERVISOR_ROLES);
    const query = parseRequest(CrossingTimesQuery, request.query);
    if (addDaysToDateOnly(query.from, MAX_CROSSING_TIMES_DAYS - 1) < query.until) {
      throw new ValidationError([{ path: ['until'], code: 'tooBig' }]);
    }
    await requireDeskGate(context.sequelize, officer, query.gateCode);

    response.json(await crossingTimes(context.sequelize, query));
  });

  return router;
}
