import type { ErrorRequestHandler } from 'express';

import { HttpError } from '../../lib/errors';

/**
 * Marks the field errors of the cargo declaration routes as paths of a cargo declaration, so that
 * `travellers.0` reads "Driver" and `travellers.1` "Crew member 1" in the problem's `errors`.
 */
export const labelCargoFieldErrors: ErrorRequestHandler = (error, _request, _response, next) => {
  next(error instanceof HttpError ? error.labelFieldsAs('cargo') : error);
};
