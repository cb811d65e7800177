import express, { Router, type Express } from 'express';

import type { AppContext } from './lib/app-context';
import { csrfProtection, ensureCsrfToken } from './lib/csrf';
import { enterRequestContext, httpLogger } from './lib/http-logger';
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
import { createReferenceRouter } from './modules/reference/reference.routes';
import { createPublicResultsRouter } from './modules/results/results.routes';
import { createReviewRouter } from './modules/review/review.routes';

/** Dependencies of the app beyond the shared context: the session stores, owned and closed by the caller. */
export interface AppDependencies {
  sessionStores: SessionStores;
}

/** Body size limit: a declaration of 10 travellers is a few kilobytes. */
const JSON_BODY_LIMIT = '100kb';

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

function createOfficerRouter(context: AppContext, stores: SessionStores): Router {
  const passport = createOfficerPassport();
  const router = Router();

  router.use(
    sessionMiddleware(context.config, stores.officer, OFFICER_SESSION),
    passport.initialize(),
    passport.session(),
  );
  router.use(createOfficerAuthRouter(passport));
  router.use('/declarations', createReviewRouter(context));
  return router;
}

function createApiRouter(context: AppContext, dependencies: AppDependencies): Router {
  const api = Router();
  const secret = context.config.sessionSecret;

  api.use(express.json({ limit: JSON_BODY_LIMIT }));
  api.use(rejectNulCharacters);
  api.use(enterRequestContext);
  api.use(csrfProtection(secret));

  api.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });
  api.get('/csrf-token', (request, response) => {
    response.set('Cache-Control', 'no-store').json({ token: ensureCsrfToken(secret, request, response) });
  });

  api.use('/public/results', createPublicResultsRouter(context));
  api.use('/public', createReferenceRouter());
  api.use(createOpenApiRouter(context));
  api.use('/applicant', createApplicantRouter(context, dependencies.sessionStores));
  api.use('/officer', createOfficerRouter(context, dependencies.sessionStores));

  api.use(notFoundHandler);
  return api;
}

/** Builds the Express app: the API under `/api` and the built SPAs. Listening is left to `server.ts`. */
export function createApp(context: AppContext, dependencies: AppDependencies): Express {
  defineModels(context.sequelize);

  const app = express();
  app.set('trust proxy', context.config.trustProxy);
  app.disable('x-powered-by');

  app.use(httpLogger(context.logger));
  app.use(securityHeaders());
  app.use('/api', createApiRouter(context, dependencies));
  mountStaticApps(app, context.config.webDistDir, context.logger);

  app.use(problemHandler);
  return app;
}
