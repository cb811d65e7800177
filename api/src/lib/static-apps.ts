import { existsSync } from 'node:fs';
import path from 'node:path';

import express, { type Express, type RequestHandler } from 'express';

import type { Logger } from './logger';

/**
 * Serves `index.html` for GETs of extension-less paths that matched no file, so deep links
 * such as `/declarations/new` reach the Angular router while a missing `.js` file stays a 404.
 */
function spaFallback(indexFile: string): RequestHandler {
  return (request, response, next) => {
    const isPage = path.extname(request.path) === '' && request.accepts('html');
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !isPage) {
      next();
      return;
    }
    response.set('Cache-Control', 'no-cache');
    response.sendFile(indexFile);
  };
}

/**
 * Mounts the built portal at `/` and the back office at `/backoffice/`, each from
 * `<webDistDir>/<app>/browser`. An app that is not built is skipped with a warning.
 */
export function mountStaticApps(app: Express, webDistDir: string, logger: Logger): void {
  const apps = [
    { name: 'backoffice', mountPath: '/backoffice' },
    { name: 'portal', mountPath: '/' },
  ];

  for (const { name, mountPath } of apps) {
    const root = path.join(webDistDir, name, 'browser');
    const indexFile = path.join(root, 'index.html');
    if (!existsSync(indexFile)) {
      logger.warn({ event: 'static.app.missing', app: name, root }, 'Built app not found; it is not served');
      continue;
    }

    app.use(
      mountPath,
      express.static(root, { index: 'index.html', fallthrough: true }),
      spaFallback(indexFile),
    );
  }
}
