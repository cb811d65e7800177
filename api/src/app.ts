import express, { Router, type Express } from 'express';

import type { AppContext } from './lib/app-context';
import { csrfProtection, ensureCsrfToken } from './lib/csrf';
import { enterRequestContext, httpLogger } from './lib/http-logger';
import { parseJsonBody } from './lib/json-body';
import { rejectDeepBodies } from './lib/json-depth';
import { rejectNulCharacters } from './lib/nul-characters';
import { notFoundHandler, problemHandler } from './lib/problem-handler';
import { securityHeaders } from './lib/security-headers';
import { APPLICANT_SESSION, OFFICER_SESSION, sessionMiddleware, type SessionStores } from './lib/sessions';
import { mountStaticApps } from './lib/static-apps';
import { defineModels } from './models';
import { createApplicantAuthRouter } from './modules/accounts/applicant-auth.routes';
import { createOfficerAuthRouter } from './modules/accounts/officer-auth.routes';
import { createApplicantPassport, createOfficerPassport } from './modules/accounts/passports';
import { createDeclarationsRouter } from './modules/declarations/declarations.routes';
import { createOpenApiRouter } from './modules/openapi/openapi.routes';
import { healthHandler } from './modules/operations/health.routes';
import { createAppMetrics, metricsEndpoint } from './modules/operations/metrics.routes';
import type { MonitoredQueues } from './modules/operations/monitored-queues';
import { createQueueBoardRouter } from './modules/operations/queue-board.routes';
import { createReferenceRouter } from './modules/reference/reference.routes';
import { createResultRetryRouter } from './modules/results/result-retry.routes';
import { createPublicResultsRouter } from './modules/results/results.routes';
import { createReviewRouter } from './modules/review/review.routes';

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
    sessionMiddleware(context.config, stores.applicant, APPLICANT_SESSION),
    passport.initialize(),
    passport.session(),
  );
  router.use(createApplicantAuthRouter(passport));
  router.use('/declarations', createDeclarationsRouter(context));
  return router;
}

function createOfficerRouter(context: AppContext, dependencies: AppDependencies): Router {
  const passport = createOfficerPassport();
  const router = Router();

  router.use(
    sessionMiddleware(context.config, dependencies.sessionStores.officer, OFFICER_SESSION),
    passport.initialize(),
    passport.session(),
  );
  router.use(createOfficerAuthRouter(passport));
  router.use('/declarations', createReviewRouter(context));
  router.use('/declarations', createResultRetryRouter(context));
  if (dependencies.queues) {
    router.use('/queues', createQueueBoardRouter(dependencies.queues));
  }
  return router;
}

function createApiRouter(context: AppContext, dependencies: AppDependencies): Router {
  const api = Router();
  const secret = context.config.sessionSecret;

  api.use(parseJsonBody());
  api.use(rejectDeepBodies);
  api.use(rejectNulCharacters);
  api.use(enterRequestContext);
  api.use(csrfProtection(secret));

  api.get('/health', healthHandler(context.sequelize));
  api.get('/csrf-token', (request, response) => {
    response.set('Cache-Control', 'no-store').json({ token: ensureCsrfToken(secret, request, response) });
  });

  api.use('/public/results', createPublicResultsRouter(context));
  api.use('/public', createReferenceRouter());
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
