import { MAX_PHOTO_BYTES, PHOTO_FIELD_NAME } from '@smartgate/shared-models';
import type { Request } from 'express';

import {
  ClientRequestError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
  type FieldIssue,
} from '../../lib/errors';
import { isMultipartRequest, readMultipartFile } from '../../lib/multipart-file';

/** An uploaded photo file, held in memory: at most MAX_PHOTO_BYTES. */
export interface PhotoUpload {
  bytes: Buffer;
  /** The file name the client sent, as sent; only ever cleaned and stored as text. */
  fileName: string | undefined;
}

/** The upload route as seen from the `/api` router, where the JSON body parser runs. */
const PHOTO_UPLOAD_PATH = /^\/applicant\/declarations\/[^/]+\/travellers\/[^/]+\/photo\/?$/;

/** Tells the JSON body parser to leave a photo upload's body to `readPhotoUpload`. */
export function isPhotoUploadRequest(request: Request): boolean {
  return request.method === 'PUT' && PHOTO_UPLOAD_PATH.test(request.path) && isMultipartRequest(request);
}

/**
 * Reads the `photo` file of a multipart/form-data request, keeping it in memory. Parsing stops
 * as soon as the file passes MAX_PHOTO_BYTES with 413, and nothing is written to disk.
 * `fieldPath` names the photo in field errors, such as `travellers.1.photo`.
 */
export async function readPhotoUpload(request: Request, fieldPath: FieldIssue['path']): Promise<PhotoUpload> {
  const { bytes, fileName } = await readMultipartFile(request, {
    fileField: PHOTO_FIELD_NAME,
    maxBytes: MAX_PHOTO_BYTES,
    formatError: (status) =>
      status === 415
        ? new UnsupportedMediaTypeError('photoUploadFormat')
        : new ClientRequestError(400, 'photoUploadFormat'),
    tooLarge: () =>
      new PayloadTooLargeError([{ path: fieldPath, code: 'photoTooLarge' }], 'photoNotAccepted'),
    missing: () => new ValidationError([{ path: fieldPath, code: 'required' }], 400, 'photoNotAccepted'),
  });
  return { bytes, fileName };
}
