import { Router, type Request } from 'express';

import type { AppContext } from '../../lib/app-context';
import { currentApplicant, currentOfficer } from '../../lib/principal';
import { declarationIdParam } from '../declarations/declaration-requests';
import { recordOfficerAudit } from '../review/audit-log.repository';
import { ReviewService } from '../review/review.service';
import { AttachmentFiles } from './attachment-files';
import { attachmentIdParam, sendAttachment } from './attachment-responses';
import { readAttachmentUpload } from './attachment-upload';
import { CargoAttachmentsService, type CargoDeclarationRef } from './cargo-attachments.service';

/** Path of a cargo declaration's attachments under `/api/applicant/businesses`. */
const ATTACHMENTS_PATH = '/:businessId/cargo-declarations/:id/attachments';

function declarationRef(request: Request): CargoDeclarationRef {
  return { businessId: String(request.params['businessId']), declarationId: declarationIdParam(request) };
}

function createService(context: AppContext): CargoAttachmentsService {
  const files = new AttachmentFiles(context.config.dataDir, context.logger);
  return new CargoAttachmentsService(context.sequelize, files);
}

/**
 * Creates the business members' attachment routes under `/api/applicant/businesses`: upload
 * (POST, multipart/form-data with `attachmentType` and `file`), list, download and deletion.
 */
export function createCargoAttachmentsRouter(context: AppContext): Router {
  const router = Router();
  const service = createService(context);

  router.post(ATTACHMENTS_PATH, async (request, response) => {
    const applicant = currentApplicant(request);
    const ref = declarationRef(request);
    // Checked before the body is read, so a refused upload is not read at all.
    await service.assertEditable(applicant, ref);

    const upload = await readAttachmentUpload(request);
    response.status(201).json(await service.upload(applicant, ref, upload));
  });

  router.get(ATTACHMENTS_PATH, async (request, response) => {
    const applicant = currentApplicant(request);

    response.set('Cache-Control', 'no-store').json(await service.list(applicant, declarationRef(request)));
  });

  router.get(`${ATTACHMENTS_PATH}/:attachmentId`, async (request, response) => {
    const applicant = currentApplicant(request);
    const ref = declarationRef(request);
    const attachmentId = attachmentIdParam(request);

    sendAttachment(response, await service.read(applicant, ref, attachmentId));
  });

  router.delete(`${ATTACHMENTS_PATH}/:attachmentId`, async (request, response) => {
    const applicant = currentApplicant(request);
    const ref = declarationRef(request);
    const attachmentId = attachmentIdParam(request);

    await service.remove(applicant, ref, attachmentId);
    response.status(204).end();
  });

  return router;
}

/**
 * Creates the officers' attachment route under `/api/officer/declarations`. An officer who may
 * review the declaration (its gate is one of theirs) may open its files, and every view is
 * written to the audit log before the file is sent.
 */
export function createOfficerCargoAttachmentsRouter(context: AppContext): Router {
  const router = Router();
  const service = createService(context);
  const review = new ReviewService(context.sequelize);

  router.get('/:id/attachments/:attachmentId', async (request, response) => {
    const officer = currentOfficer(request);
    const id = declarationIdParam(request);
    const attachmentId = attachmentIdParam(request);
    await review.assertReviewable(officer, id);

    const content = await service.readAttachment(id, attachmentId);
    await recordOfficerAudit({
      officerId: officer.id,
      action: 'cargo.attachment.viewed',
      declarationId: id,
      ip: request.ip,
      details: { attachmentId, attachmentType: content.attachment.attachmentType },
    });
    sendAttachment(response, content);
  });

  return router;
}
