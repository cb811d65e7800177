import express, { type Request, type RequestHandler } from 'express';

import {
  ClientRequestError,
  MalformedJsonError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
} from './errors';

/**
 * Body size limit. A declaration of 10 travellers is a few kilobytes, but a cargo draft may hold
 * 200 goods lines with descriptions of 500 characters, up to about 350 kB in Khmer or Vietnamese.
 */
const JSON_BODY_LIMIT = '512kb';

/**
 * Tells whether the request carries body bytes. Clients send `Content-Length: 0` without a
 * Content-Type for bodiless POSTs such as logout, and those must pass.
 */
function hasBodyBytes(headers: { 'content-length'?: string; 'transfer-encoding'?: string }): boolean {
  if (headers['transfer-encoding'] !== undefined) {
    return true;
  }
  const length = Number(headers['content-length'] ?? '0');
  return !Number.isFinite(length) || length > 0;
}

/** Maps an error of body-parser 2 to the problem the client gets. Other errors pass unchanged. */
function bodyProblem(error: unknown): unknown {
  const { type, status } = (error ?? {}) as { type?: unknown; status?: unknown };

  switch (type) {
    case 'entity.parse.failed':
      return new MalformedJsonError();
    case 'entity.too.large':
      return new PayloadTooLargeError();
    case 'charset.unsupported':
      return new UnsupportedMediaTypeError('unsupportedCharset');
    case 'encoding.unsupported':
      return new UnsupportedMediaTypeError('unsupportedEncoding');
  }

  // Reading failures have no type but a 400 status: an aborted upload, a wrong Content-Length,
  // or a body that does not decompress with its Content-Encoding (a zlib error).
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new ClientRequestError(status, 'unreadableBody');
  }
  return error;
}

/**
 * Parses JSON request bodies (UTF-8, at most 512 kB, optionally gzip, deflate or br
 * compressed). A body of any other media type gets 415, as do other character sets and
 * content codings, unless `readsOwnBody` accepts the request: such a route, a file upload,
 * reads its body as a stream itself. Errors of the parser become problems here, where their
 * cause is known.
 */
export function parseJsonBody(
  options: { readsOwnBody?: (request: Request) => boolean } = {},
): RequestHandler {
  const parse = express.json({ limit: JSON_BODY_LIMIT });

  return (request, response, next) => {
    if (options.readsOwnBody?.(request)) {
      next();
      return;
    }
    if (hasBodyBytes(request.headers) && !request.is('application/json')) {
      next(new UnsupportedMediaTypeError());
      return;
    }

    parse(request, response, (error?: unknown) => {
      next(error === undefined ? undefined : bodyProblem(error));
    });
  };
}
