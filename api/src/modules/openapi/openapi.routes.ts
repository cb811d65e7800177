import { Router } from 'express';
import swaggerUi from 'swagger-ui-express';

import type { AppContext } from '../../lib/app-context';
import { buildOpenApiDocument } from './openapi.document';

/** Serves `/api/openapi.json` and the Swagger UI at `/api/docs`, with its assets from the swagger-ui-dist package. */
export function createOpenApiRouter(context: AppContext): Router {
  const router = Router();
  const document = buildOpenApiDocument(context.config.publicBaseUrl);

  router.get('/openapi.json', (_request, response) => {
    response.json(document);
  });

  router.use(
    '/docs',
    swaggerUi.serveFiles(undefined, { swaggerUrl: '/api/openapi.json' }),
    swaggerUi.setup(undefined, {
      customSiteTitle: 'SmartGate API',
      swaggerOptions: { url: '/api/openapi.json', withCredentials: true },
    }),
  );

  return router;
}
