import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';

import { serializeError, type Logger } from './logger';
import { runWithRequestContext } from './request-context';

const REQUEST_ID_HEADER = 'x-request-id';

/** Incoming request ids are reused only when they look like ids, so a client cannot inject text into logs. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Paths whose rest is a result token: the verification API and the portal's verification
 * page that the result QR code opens. Express matches paths case-insensitively and tolerates
 * repeated slashes, and `%2F` may stand for a slash, so the patterns do too.
 */
const TOKEN_PATHS = [
  /^((?:\/|%2f)+api(?:\/|%2f)+public(?:\/|%2f)+results)(?:\/|%2f).*$/i,
  /^((?:\/|%2f)+verify)(?:\/|%2f).*$/i,
];

/** Returns the path without query, with result tokens replaced by `:token`: they are bearer secrets. */
export function pathForLog(url: string | undefined): string {
  const pathOnly = (url ?? '').split(/[?#]/)[0];

  for (const pattern of TOKEN_PATHS) {
    if (pattern.test(pathOnly)) {
      return pathOnly.replace(pattern, '$1/:token');
    }
  }
  return pathOnly;
}

function requestLine(request: IncomingMessage & { originalUrl?: string }, response: ServerResponse): string {
  return `${request.method} ${pathForLog(request.originalUrl ?? request.url)} ${response.statusCode}`;
}

function requestIdFor(request: IncomingMessage, response: ServerResponse): string {
  const incoming = request.headers[REQUEST_ID_HEADER];
  const requestId = typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  response.setHeader('X-Request-Id', requestId);
  return requestId;
}

/**
 * Logs one line per request (method, path without query, status, duration) with a request id
 * and echoes the id in `X-Request-Id`. Bodies, query strings and headers are not logged.
 */
export function httpLogger(logger: Logger): RequestHandler {
  return pinoHttp({
    logger: logger.child({ module: 'http' }),
    genReqId: requestIdFor,
    // Unwrapped, so the serializers receive the raw objects and pick the few fields they log.
    wrapSerializers: false,
    serializers: {
      req: (request: { id: string; method: string; url: string; originalUrl?: string }) => ({
        id: request.id,
        method: request.method,
        path: pathForLog(request.originalUrl ?? request.url),
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      err: serializeError,
    },
    customLogLevel: (_request, response, error) => {
      if (error || response.statusCode >= 500) {
        return 'error';
      }
      return response.statusCode >= 400 ? 'warn' : 'info';
    },
    customSuccessMessage: requestLine,
    customErrorMessage: requestLine,
  });
}

/**
 * Makes the request id available to every logger for the rest of the request. Mount it after
 * the body parsers: stream callbacks run outside the async context entered before them.
 */
export const enterRequestContext: RequestHandler = (request, _response, next) => {
  runWithRequestContext({ requestId: String(request.id) }, next);
};
