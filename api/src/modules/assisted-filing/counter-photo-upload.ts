import type { Request } from 'express';

import { isMultipartRequest } from '../../lib/multipart-file';

/** The counter's portrait upload route as seen from the `/api` router, where the JSON body parser runs. */
const COUNTER_PHOTO_PATH = /^\/officer\/assisted-declarations\/photos\/?$/;

/** Tells the JSON body parser to leave a counter portrait upload's body to its route. */
export function isCounterPhotoUploadRequest(request: Request): boolean {
  return request.method === 'POST' && COUNTER_PHOTO_PATH.test(request.path) && isMultipartRequest(request);
}
