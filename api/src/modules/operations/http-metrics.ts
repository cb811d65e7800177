import type { Request, RequestHandler } from 'express';
import { Histogram, type Registry } from 'prom-client';

/** Label of requests that matched no route, so unknown paths cannot add label values without bound. */
const UNMATCHED_ROUTE = 'unmatched';

/**
 * Records the route pattern (such as `/api/officer/declarations/:id`) when the router matches
 * one. The router assigns `req.route` with the base URL of the router at hand, and restores
 * `req.baseUrl` when an error leaves that router, so the label is captured at assignment.
 */
function captureRoutePattern(request: Request): () => string {
  let pattern = UNMATCHED_ROUTE;
  let route: unknown;

  Object.defineProperty(request, 'route', {
    configurable: true,
    enumerable: true,
    get: () => route,
    set: (value: { path?: unknown } | undefined) => {
      route = value;
      if (value && typeof value.path === 'string') {
        pattern = `${request.baseUrl}${value.path}`;
      }
    },
  });
  return () => pattern;
}

/**
 * Registers `http_request_duration_seconds` and returns the middleware that observes every
 * request by method, route pattern and status code. Mount it first, so the time includes the
 * other middleware.
 */
export function httpMetrics(registry: Registry): RequestHandler {
  const histogram = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Duration of HTTP requests in seconds, by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  return (request, response, next) => {
    const stopTimer = histogram.startTimer();
    const routePattern = captureRoutePattern(request);

    response.once('finish', () => {
      stopTimer({ method: request.method, route: routePattern(), status_code: String(response.statusCode) });
    });
    next();
  };
}
