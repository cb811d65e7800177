import express, { Router, type Express } from 'express';

import type { AppContext } from './lib/app-context';
import { csrfProtection, ensureCsrfToken } from './lib/csrf';
import { enterRequestContext, httpLogger } from './lib/http-logger';
import { parseJsonBody } from './lib/json-body';
import { rejectDeepBodies } from './lib/json-depth';
import { rejectNulCharacters } from './lib/nul-characters';
import { notFoundHandler, problemHandler } from './lib/problem-handler';
import { securityHeaders } from './lib/security-headers';
import {
  APPLICANT_SESSION,
  APPLICANT_SESSION_MAX_AGE_MS,
  OFFICER_SESSION,
  sessionMiddleware,
  type SessionStores,
} from './lib/sessions';
import { mountStaticApps } from './lib/static-apps';
import { defineModels } from './models';
import { createApplicantAuthRouter } from './modules/accounts/applicant-auth.routes';
import { createOfficerAccountRouter } from './modules/accounts/officer-account.routes';
import { createOfficerAuthRouter } from './modules/accounts/officer-auth.routes';
import { officerSessionLifetime } from './modules/accounts/officer-session-lifetime';
import { createApplicantPassport, createOfficerPassport } from './modules/accounts/passports';
import { passwordChangeGate } from './modules/accounts/password-change-gate';
import { createAssistedFilingRouter } from './modules/assisted-filing/assisted-filing.routes';
import { isCounterPhotoUploadRequest } from './modules/assisted-filing/counter-photo-upload';
import { createAuditSearchRouter, createRecordTrailRouter } from './modules/audit/audit-trail.routes';
import {
  createAttachmentRulesAdminRouter,
  createAttachmentRulesReferenceRouter,
} from './modules/cargo-attachments/attachment-rules.routes';
import { isCargoFileUploadRequest } from './modules/cargo-attachments/attachment-upload';
import {
  createCargoAttachmentsRouter,
  createOfficerCargoAttachmentsRouter,
} from './modules/cargo-attachments/cargo-attachments.routes';
import {
  createBusinessInvitationAcceptRouter,
  createBusinessesRouter,
} from './modules/businesses/businesses.routes';
import { createCargoDeclarationsRouter } from './modules/cargo-declarations/cargo-declarations.routes';
import { createDeclarationsRouter } from './modules/declarations/declarations.routes';
import { createCameraAdminRouter } from './modules/gate/camera-admin.routes';
import {
  createGoodsImportRouter,
  createGoodsImportTemplateRouter,
} from './modules/goods-import/goods-import.routes';
import { createGateDeskRouter } from './modules/gate/gate.routes';
import { createPlateReadsRouter } from './modules/gate/plate-reads.routes';
import { createOfficerAdministrationRouter } from './modules/officers/officer-administration.routes';
import { createOpenApiRouter } from './modules/openapi/openapi.routes';
import { healthHandler } from './modules/operations/health.routes';
import { createAppMetrics, metricsEndpoint } from './modules/operations/metrics.routes';
import type { MonitoredQueues } from './modules/operations/monitored-queues';
import { createQueueBoardRouter } from './modules/operations/queue-board.routes';
import {
  createReasonTemplatesAdminRouter,
  createReasonTemplatesRouter,
} from './modules/reason-templates/reason-templates.routes';
import { createDocumentTypesAdminRouter } from './modules/reference/document-types.routes';
import { createGoodsReferenceRouter } from './modules/reference/goods-reference.routes';
import { createHsCodesAdminRouter } from './modules/reference/hs-codes-admin.routes';
import { createReferenceRouter } from './modules/reference/reference.routes';
import { createOfficerResultPdfRouter } from './modules/results/officer-result-pdf.routes';
import { createResultRetryRouter } from './modules/results/result-retry.routes';
import { createPublicResultsRouter } from './modules/results/results.routes';
import { createReviewQueueRouter } from './modules/review/review-queue.routes';
import { createReviewRouter } from './modules/review/review.routes';
import { createScreeningRouter } from './modules/screening/screening.routes';
import { createStatusLookupRouter } from './modules/status-lookup/status-lookup.routes';
import { isPhotoUploadRequest } from './modules/traveller-photos/photo-upload';
import {
  createApplicantTravellerPhotosRouter,
  createOfficerTravellerPhotosRouter,
} from './modules/traveller-photos/traveller-photos.routes';
import { createTravellerProfilesRouter } from './modules/traveller-profiles/traveller-profiles.routes';
import { createWatchlistRouter } from './modules/watchlist/watchlist.routes';

/** Dependencies of the app beyond the shared context: the session stores, owned and closed by the caller. */
export interface AppDependencies {
  sessionStores: SessionStores;
  /** The BullMQ queues of the queue page and of the queue metrics; without them both are left out. */
  queues?: MonitoredQueues;
}

function createApplicantRouter(context: AppContext, stores: SessionStores): Router {
  const passport = createApplicantPassport();
  const router = Router();

  router.use(
    sessionMiddleware(context.config, stores.applicant, APPLICANT_SESSION, APPLICANT_SESSION_MAX_AGE_MS),
    passport.initialize(),
    passport.session(),
  );
  router.use(createApplicantAuthRouter(passport));
  router.use('/declarations', createDeclarationsRouter(context));
  router.use('/declarations', createApplicantTravellerPhotosRouter(context));
  router.use('/traveller-profiles', createTravellerProfilesRouter(context));
  router.use('/businesses', createCargoAttachmentsRouter(context));
  router.use('/businesses', createGoodsImportRouter(context));
  router.use('/businesses', createCargoDeclarationsRouter(context));
  router.use('/businesses', createBusinessesRouter(context));
  router.use('/business-invitations', createBusinessInvitationAcceptRouter(context));
  return router;
}

function createOfficerRouter(context: AppContext, dependencies: AppDependencies): Router {
  const passport = createOfficerPassport();
  const router = Router();

  const security = context.config.officerSecurity;

  router.use(
    sessionMiddleware(
      context.config,
      dependencies.sessionStores.officer,
      OFFICER_SESSION,
      security.idleTimeoutMs,
    ),
    officerSessionLifetime(security),
    passport.initialize(),
    passport.session(),
    passwordChangeGate,
  );
  router.use(createOfficerAuthRouter(context));
  router.use(createOfficerAccountRouter(context));
  router.use(createReviewQueueRouter(context));
  router.use('/declarations', createReviewRouter(context));
  router.use('/declarations', createRecordTrailRouter(context));
  router.use('/declarations', createScreeningRouter(context));
  router.use('/declarations', createResultRetryRouter(context));
  router.use('/declarations', createOfficerTravellerPhotosRouter(context));
  router.use('/declarations', createOfficerCargoAttachmentsRouter(context));
  router.use('/declarations', createOfficerResultPdfRouter(context));
  router.use('/assisted-declarations', createAssistedFilingRouter(context));
  router.use('/reference/document-types', createDocumentTypesAdminRouter(context));
  router.use('/reference/attachment-rules', createAttachmentRulesAdminRouter(context));
  router.use('/reference/hs-codes', createHsCodesAdminRouter(context));
  router.use('/gate', createGateDeskRouter(context));
  router.use('/admin/cameras', createCameraAdminRouter(context));
  router.use('/admin/watchlist', createWatchlistRouter(context));
  router.use('/reason-templates', createReasonTemplatesRouter(context));
  router.use('/admin/reason-templates', createReasonTemplatesAdminRouter(context));
  router.use('/admin/audit-log', createAuditSearchRouter(context));
  router.use('/admin', createOfficerAdministrationRouter(context));
  if (dependencies.queues) {
    router.use('/queues', createQueueBoardRouter(dependencies.queues));
  }
  return router;
}

function createApiRouter(context: AppContext, dependencies: AppDependencies): Router {
  const api = Router();
  const secret = context.config.sessionSecret;

  api.use(
    parseJsonBody({
      readsOwnBody: (request) =>
        isPhotoUploadRequest(request) ||
        isCargoFileUploadRequest(request) ||
        isCounterPhotoUploadRequest(request),
    }),
  );
  api.use(rejectDeepBodies);
  api.use(rejectNulCharacters);
  api.use(enterRequestContext);
  // Cameras authenticate with an API key header, which another site cannot make a browser send,
  // so their route needs no CSRF token and sits before the check.
  api.use('/gate', createPlateReadsRouter(context));
  api.use(csrfProtection(secret));

  api.get('/health', healthHandler(context.sequelize));
  api.get('/csrf-token', (request, response) => {
    response.set('Cache-Control', 'no-store').json({ token: ensureCsrfToken(secret, request, response) });
  });

  api.use('/public/results', createPublicResultsRouter(context));
  api.use('/public/declaration-status', createStatusLookupRouter(context));
  api.use('/public', createReferenceRouter());
  api.use('/reference', createGoodsImportTemplateRouter());
  api.use('/reference', createAttachmentRulesReferenceRouter());
  api.use('/reference', createGoodsReferenceRouter(context));
  api.use(createOpenApiRouter(context));
  api.use('/applicant', createApplicantRouter(context, dependencies.sessionStores));
  api.use('/officer', createOfficerRouter(context, dependencies));

  api.use(notFoundHandler);
  return api;
}

/** Builds the Express app: the API under `/api` and the built SPAs. Listening is left to `server.ts`. */
export function createApp(context: AppContext, dependencies: AppDependencies): Express {
  defineModels(context.sequelize);

  const app = express();
  app.set('trust proxy', context.config.trustProxy);
  app.disable('x-powered-by');

  const metrics = createAppMetrics(context, dependencies.queues);
  app.use(metrics.observeRequests);
  app.use(httpLogger(context.logger));
  app.use(securityHeaders());
  app.use('/api', createApiRouter(context, dependencies));
  app.get('/metrics', metricsEndpoint(context.config, metrics.registry));
  mountStaticApps(app, context.config.webDistDir, context.logger);

  app.use(problemHandler);
  return app;
}
