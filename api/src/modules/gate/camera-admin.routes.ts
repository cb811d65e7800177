import { PlateCameraCreation } from '@smartgate/shared-models';
import { Router } from 'express';
import { z } from 'zod';

import type { AppContext } from '../../lib/app-context';
import { requireOfficerRole } from '../../lib/principal';
import { parseRequest } from '../../lib/validation';
import { CameraAdminService } from './camera-admin.service';

const ADMINISTRATORS = ['administrator'] as const;

const CameraIdParams = z.object({ cameraId: z.uuid({ error: 'invalid' }) });

/** Routes under `/api/officer/admin/cameras`: administrators list cameras, issue keys and revoke them. */
export function createCameraAdminRouter(context: AppContext): Router {
  const router = Router();
  const service = new CameraAdminService(context.sequelize);

  router.get('/', async (request, response) => {
    requireOfficerRole(request, ADMINISTRATORS);

    response.set('Cache-Control', 'no-store').json(await service.list());
  });

  router.post('/', async (request, response) => {
    const officer = requireOfficerRole(request, ADMINISTRATORS);
    const creation = parseRequest(PlateCameraCreation, request.body);

    // The key is in this body only, so no cache may keep it.
    response
      .status(201)
      .set('Cache-Control', 'no-store')
      .json(await service.issue({ officer, ip: request.ip }, creation));
  });

  router.post('/:cameraId/revoke', async (request, response) => {
    const officer = requireOfficerRole(request, ADMINISTRATORS);
    const { cameraId } = parseRequest(CameraIdParams, request.params);

    response.json(await service.revoke({ officer, ip: request.ip }, cameraId));
  });

  return router;
}
