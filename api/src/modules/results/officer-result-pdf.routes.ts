import { Router } from 'express';

import type { AppContext } from '../../lib/app-context';
import { NotFoundError } from '../../lib/errors';
import { currentOfficer } from '../../lib/principal';
import { declarationIdParam } from '../declarations/declaration-requests';
import { recordOfficerAudit } from '../review/audit-log.repository';
import { ReviewService } from '../review/review.service';
import { findResultPdf } from './results.service';

/**
 * Creates `GET /:id/result.pdf` under `/api/officer/declarations`: the issued result PDF of a
 * declaration at one of the officer's gates, shown inline so the counter screen can print it.
 * Every read is recorded in the audit log.
 */
export function createOfficerResultPdfRouter(context: AppContext): Router {
  const router = Router();
  const reviews = new ReviewService(context.sequelize);

  router.get('/:id/result.pdf', async (request, response) => {
    const officer = currentOfficer(request);
    const id = declarationIdParam(request);
    await reviews.assertReviewable(officer, id);

    const pdf = await findResultPdf(context, id);
    if (!pdf) {
      throw new NotFoundError('declarationNotIssued');
    }
    await recordOfficerAudit({
      officerId: officer.id,
      action: 'result.pdf.viewed',
      declarationId: id,
      ip: request.ip,
    });

    // The back office shows the PDF in a frame of its own page to print it, so this response
    // may be framed by the same origin, unlike the API's other responses. The file name is the
    // result number, which has only capitals, digits and dashes.
    response.set({
      'Cache-Control': 'private, no-store',
      'Content-Security-Policy': "frame-ancestors 'self'",
      'X-Frame-Options': 'SAMEORIGIN',
      'Content-Disposition': `inline; filename="${pdf.fileName}"`,
    });
    response.type('application/pdf').sendFile(pdf.filePath);
  });

  return router;
}
