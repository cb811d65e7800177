import { MAX_TRAVELLERS } from '@smartgate/shared-models';
import { Router, type Request, type Response } from 'express';

import type { AppContext } from '../../lib/app-context';
import { HttpError, NotFoundError } from '../../lib/errors';
import { currentApplicant, currentOfficer } from '../../lib/principal';
import { declarationIdParam } from '../declarations/declaration-requests';
import { recordOfficerAudit } from '../review/audit-log.repository';
import { ReviewService } from '../review/review.service';
import { readPhotoUpload } from './photo-upload';
import { TravellerPhotoFiles } from './traveller-photo-files';
import { TravellerPhotosService, photoFieldPath } from './traveller-photos.service';

/** Path of a traveller's photo under a declaration: `/:id/travellers/:position/photo`. */
const PHOTO_PATH = '/:id/travellers/:position/photo';

/** Reads the `:position` path parameter, 0 to 9. Anything else gets the same 404 as a missing traveller. */
function travellerPositionParam(request: Request): number {
  const raw = request.params['position'];
  const position = typeof raw === 'string' && /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(position) || position >= MAX_TRAVELLERS) {
    throw new NotFoundError();
  }
  return position;
}

/** Sends a photo that only the signed-in user may see: no cache may keep it. */
function sendPhoto(response: Response, jpeg: Buffer): void {
  response.set('Cache-Control', 'private, no-store').type('image/jpeg').send(jpeg);
}

function createService(context: AppContext): TravellerPhotosService {
  const files = new TravellerPhotoFiles(context.config.dataDir, context.logger);
  return new TravellerPhotosService(context.sequelize, files);
}

/**
 * Creates the applicant's photo routes under `/api/applicant/declarations`: upload (PUT, as
 * multipart/form-data with the file in the field `photo`), view (GET) and removal (DELETE).
 */
export function createApplicantTravellerPhotosRouter(context: AppContext): Router {
  const router = Router();
  const service = createService(context);

  router.put(PHOTO_PATH, async (request, response) => {
    const applicant = currentApplicant(request);
    const id = declarationIdParam(request);
    const position = travellerPositionParam(request);
    // Checked before the body is read, so a refused upload is not read at all.
    const kind = await service.assertEditable(applicant, id, position);

    try {
      const upload = await readPhotoUpload(request, photoFieldPath(position));
      response.json(await service.upload(applicant, id, position, upload));
    } catch (error) {
      // A cargo declaration's travellers are its driver and crew, also in the photo's field errors.
      throw error instanceof HttpError ? error.labelFieldsAs(kind) : error;
    }
  });

  router.get(PHOTO_PATH, async (request, response) => {
    const applicant = currentApplicant(request);
    const id = declarationIdParam(request);
    const position = travellerPositionParam(request);

    sendPhoto(response, await service.read(applicant, id, position));
  });

  router.delete(PHOTO_PATH, async (request, response) => {
    const applicant = currentApplicant(request);
    const id = declarationIdParam(request);
    const position = travellerPositionParam(request);

    await service.remove(applicant, id, position);
    response.status(204).end();
  });

  return router;
}

/**
 * Creates the officers' photo route under `/api/officer/declarations`. Any officer who may see
 * the declaration may see its photos, and every view is written to the audit log before the
 * photo is sent.
 */
export function createOfficerTravellerPhotosRouter(context: AppContext): Router {
  const router = Router();
  const service = createService(context);
  const review = new ReviewService(context.sequelize);

  router.get(PHOTO_PATH, async (request, response) => {
    const officer = currentOfficer(request);
    const id = declarationIdParam(request);
    const position = travellerPositionParam(request);
    await review.assertReviewable(officer, id);

    const jpeg = await service.readPhoto(id, position);
    await recordOfficerAudit({
      officerId: officer.id,
      action: 'traveller.photo.viewed',
      declarationId: id,
      ip: request.ip,
      details: { position },
    });
    sendPhoto(response, jpeg);
  });

  return router;
}
