import { MAX_PHOTO_BYTES, PHOTO_FIELD_NAME } from '@smartgate/shared-models';
import busboy from 'busboy';
import type { Request } from 'express';

import {
  ClientRequestError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
  type FieldIssue,
} from '../../lib/errors';

/** An uploaded photo file, held in memory: at most MAX_PHOTO_BYTES. */
export interface PhotoUpload {
  bytes: Buffer;
  /** The file name the client sent, as sent; only ever cleaned and stored as text. */
  fileName: string | undefined;
}

/** Limits of the multipart parser beyond the file size: one file and a few small text fields. */
const MULTIPART_LIMITS = {
  fileSize: MAX_PHOTO_BYTES,
  files: 1,
  fields: 4,
  parts: 5,
  fieldSize: 1024,
  headerPairs: 20,
};

/** The upload route as seen from the `/api` router, where the JSON body parser runs. */
const PHOTO_UPLOAD_PATH = /^\/applicant\/declarations\/[^/]+\/travellers\/[^/]+\/photo\/?$/;

/** Tells whether a request carries a multipart/form-data body, the only format of photo uploads. */
export function isMultipartRequest(request: Request): boolean {
  return request.is('multipart/form-data') === 'multipart/form-data';
}

/** Tells the JSON body parser to leave a photo upload's body to `readPhotoUpload`. */
export function isPhotoUploadRequest(request: Request): boolean {
  return request.method === 'PUT' && PHOTO_UPLOAD_PATH.test(request.path) && isMultipartRequest(request);
}

/**
 * Reads the `photo` file of a multipart/form-data request with busboy, keeping it in memory.
 * Parsing stops as soon as the file passes MAX_PHOTO_BYTES: the bytes read so far are dropped
 * and the promise rejects with 413, and Node discards the rest of the body after the response.
 * Nothing is written to disk. `fieldPath` names the photo in field errors, such as
 * `travellers.1.photo`.
 */
export function readPhotoUpload(request: Request, fieldPath: FieldIssue['path']): Promise<PhotoUpload> {
  if (!isMultipartRequest(request)) {
    return Promise.reject(new UnsupportedMediaTypeError('photoUploadFormat'));
  }

  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // defParamCharset: browsers send the file name as raw UTF-8 in the part header.
      parser = busboy({ headers: request.headers, limits: MULTIPART_LIMITS, defParamCharset: 'utf8' });
    } catch {
      // busboy throws on a multipart Content-Type without a boundary.
      reject(new ClientRequestError(400, 'photoUploadFormat'));
      return;
    }

    let chunks: Buffer[] = [];
    let fileName: string | undefined;
    let fileFound = false;
    let settled = false;

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

    parser.on('file', (field, stream, info) => {
      if (field !== PHOTO_FIELD_NAME || fileFound) {
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
        fail(new PayloadTooLargeError([{ path: fieldPath, code: 'photoTooLarge' }], 'photoNotAccepted'));
      });
    });

    parser.on('error', () => fail(new ClientRequestError(400, 'unreadableBody')));
    parser.on('close', () => {
      if (settled) {
        return;
      }
      settled = true;
      if (!fileFound) {
        reject(new ValidationError([{ path: fieldPath, code: 'required' }], 400, 'photoNotAccepted'));
        return;
      }
      resolve({ bytes: Buffer.concat(chunks), fileName });
    });

    request.on('aborted', () => fail(new ClientRequestError(400, 'unreadableBody')));
    request.pipe(parser);
  });
}
