import { PlateReadSubmission } from '@smartgate/shared-models';
import { Router, type RequestHandler, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';

import type { AppContext } from '../../lib/app-context';
import { TooManyRequestsError, ValidationError } from '../../lib/errors';
import { fieldIssues } from '../../lib/validation';
import { hashCameraKey, readCameraKey } from './camera-keys';
import { CameraKeyError } from './gate-errors';
import { findActiveCameraByKeyHash, type ActiveCamera } from './plate-cameras.repository';
import { PlateReadsService } from './plate-reads.service';

/**
 * Reads one camera may post per second. A plate camera reads each passing vehicle a few times,
 * so 20 leaves room for bursts while a runaway device cannot flood the database.
 * NOTE: the count is kept in this process's memory, so each API process allows its own 20.
 */
export const PLATE_READS_PER_SECOND = 20;

function authenticatedCamera(response: Response): ActiveCamera {
  return response.locals['camera'] as ActiveCamera;
}

/** Authenticates the camera by its API key; an unknown or revoked key gets 401. */
function authenticateCamera(context: AppContext): RequestHandler {
  return async (request, response, next) => {
    const key = readCameraKey(request.headers);
    const camera = key ? await findActiveCameraByKeyHash(context.sequelize, hashCameraKey(key)) : null;
    if (!camera) {
      response.set('WWW-Authenticate', 'Bearer realm="plate-reads"');
      throw new CameraKeyError();
    }

    response.locals['camera'] = camera;
    next();
  };
}

/** Limits each camera, not each address: several cameras may post through one gateway. */
function limitPerCamera(): RequestHandler {
  return rateLimit({
    windowMs: 1_000,
    limit: PLATE_READS_PER_SECOND,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (_request, response) => authenticatedCamera(response).id,
    handler: (_request, _response, next) => next(new TooManyRequestsError()),
  });
}

/** Routes under `/api/gate`: licence-plate cameras post their reads with an API key, without a session. */
export function createPlateReadsRouter(context: AppContext): Router {
  const router = Router();
  const service = new PlateReadsService(context);

  router.post('/plate-reads', authenticateCamera(context), limitPerCamera(), async (request, response) => {
    const parsed = PlateReadSubmission.safeParse(request.body);
    if (!parsed.success) {
      throw new ValidationError(fieldIssues(parsed.error.issues), 422, 'invalidRequest');
    }

    const receipt = await service.submit(authenticatedCamera(response), parsed.data);
    response.status(201).json(receipt);
  });

  return router;
}
