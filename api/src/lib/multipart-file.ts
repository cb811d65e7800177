import busboy from 'busboy';
import type { Request } from 'express';

import { ClientRequestError, type HttpError } from './errors';

/** One uploaded file held in memory, with the small text fields sent beside it. */
export interface MultipartFile {
  bytes: Buffer;
  /** The file name the client sent, as sent; only ever cleaned and stored as text. */
  fileName: string | undefined;
  /** Text fields of the form by name; a repeated name keeps its first value. */
  fields: Readonly<Record<string, string>>;
}

/** File field, size limit and errors of one upload route. */
export interface MultipartFileOptions {
  /** Name of the form field that carries the file; other files are skipped. */
  fileField: string;
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Raised when the body is not multipart/form-data or has no boundary (415 or 400). */
  formatError: (status: 400 | 415) => HttpError;
  /** Raised when the file passes `maxBytes` (413). */
  tooLarge: () => HttpError;
  /** Raised when the form has no file in `fileField`. */
  missing: () => HttpError;
}

/** Limits of the parser beyond the file size: one file and a few small text fields. */
const MULTIPART_LIMITS = {
  files: 1,
  fields: 4,
  parts: 5,
  fieldSize: 1024,
  headerPairs: 20,
};

/** Tells whether a request carries a multipart/form-data body. */
export function isMultipartRequest(request: Request): boolean {
  return request.is('multipart/form-data') === 'multipart/form-data';
}

/**
 * Reads one file of a multipart/form-data request with busboy, keeping it in memory. Parsing
 * stops as soon as the file passes `maxBytes`: the bytes read so far are dropped and the promise
 * rejects with `tooLarge()`, and Node discards the rest of the body after the response. Nothing
 * is written to disk.
 */
export function readMultipartFile(request: Request, options: MultipartFileOptions): Promise<MultipartFile> {
  if (!isMultipartRequest(request)) {
    return Promise.reject(options.formatError(415));
  }

  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // defParamCharset: browsers send the file name as raw UTF-8 in the part header.
      // busboy reports the limit when the file reaches `fileSize` bytes, so one byte more lets
      // a file of exactly `maxBytes` through.
      parser = busboy({
        headers: request.headers,
        limits: { ...MULTIPART_LIMITS, fileSize: options.maxBytes + 1 },
        defParamCharset: 'utf8',
      });
    } catch {
      // busboy throws on a multipart Content-Type without a boundary.
      reject(options.formatError(400));
      return;
    }

    let chunks: Buffer[] = [];
    let fileName: string | undefined;
    let fileFound = false;
    let settled = false;
    const fields: Record<string, string> = {};

    const fail = (error: Error) => {
      if (settled) {
        return;
      }
      settled = true;
      chunks = [];
      request.unpipe(parser);
      parser.removeAllListeners();
      // Errors that the parser raises after the request was abandoned are of no interest.
      parser.on('error', () => undefined);
      reject(error);
    };

    parser.on('field', (name, value) => {
      fields[name] ??= value;
    });

    parser.on('file', (field, stream, info) => {
      // busboy destroys a file stream with an error when the body ends inside the file. Every
      // stream, skipped files included, needs a listener, because an uncaught error ends the process.
      stream.on('error', () => fail(new ClientRequestError(400, 'unreadableBody')));
      if (field !== options.fileField || fileFound) {
        stream.resume();
        return;
      }
      fileFound = true;
      fileName = info.filename;

      stream.on('data', (chunk: Buffer) => {
        if (!settled) {
          chunks.push(chunk);
        }
      });
      stream.on('limit', () => {
        stream.resume();
        fail(options.tooLarge());
      });
    });

    parser.on('error', () => fail(new ClientRequestError(400, 'unreadableBody')));
    parser.on('close', () => {
      if (settled) {
        return;
      }
      settled = true;
      if (!fileFound) {
        reject(options.missing());
        return;
      }
      resolve({ bytes: Buffer.concat(chunks), fileName, fields });
    });

    request.on('aborted', () => fail(new ClientRequestError(400, 'unreadableBody')));
    request.pipe(parser);
  });
}
