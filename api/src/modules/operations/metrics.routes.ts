import { createHash, timingSafeEqual } from 'node:crypto';

import type { Request, RequestHandler } from 'express';
import { Registry, collectDefaultMetrics } from 'prom-client';

import type { AppContext } from '../../lib/app-context';
import type { Config } from '../../lib/config';
import { NotFoundError, UnauthenticatedError } from '../../lib/errors';
import { httpMetrics } from './http-metrics';
import type { MonitoredQueues } from './monitored-queues';
import { registerPipelineMetrics } from './pipeline-metrics';

/** The Prometheus registry of one app and the middleware that times its requests. */
export interface AppMetrics {
  registry: Registry;
  observeRequests: RequestHandler;
}

/** Creates the app's registry: Node.js process metrics, HTTP request durations and the result pipeline. */
export function createAppMetrics(context: AppContext, queues?: MonitoredQueues): AppMetrics {
  // A registry per app, because tests build several apps in one process.
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  registerPipelineMetrics(registry, { sequelize: context.sequelize, logger: context.logger, queues });

  return { registry, observeRequests: httpMetrics(registry) };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function hasBearerToken(request: Request, token: string): boolean {
  const match = /^Bearer\s+(\S+)$/i.exec(request.get('authorization') ?? '');
  // Hashing first gives both sides the same length, which timingSafeEqual requires.
  return match !== null && timingSafeEqual(digest(match[1]), digest(token));
}

/**
 * Serves the registry in the Prometheus text format. With `METRICS_TOKEN` set, a scrape must
 * send it as a bearer token. Without it the endpoint is open in development and test, and
 * returns 404 in production, because a reverse proxy on the same host makes every client
 * look local, so the client address cannot restrict it.
 */
export function metricsEndpoint(
  config: Pick<Config, 'metricsToken' | 'nodeEnv'>,
  registry: Registry,
): RequestHandler {
  return async (request, response) => {
    if (config.metricsToken === undefined && config.nodeEnv === 'production') {
      throw new NotFoundError();
    }
    if (config.metricsToken !== undefined && !hasBearerToken(request, config.metricsToken)) {
      response.set('WWW-Authenticate', 'Bearer realm="metrics"');
      throw new UnauthenticatedError();
    }

    const body = await registry.metrics();
    response.set('Content-Type', registry.contentType).set('Cache-Control', 'no-store').send(body);
  };
}
