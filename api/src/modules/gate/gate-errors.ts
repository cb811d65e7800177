import { ProblemType } from '@smartgate/shared-models';

import { HttpError } from '../../lib/errors';

/** A traveller already crossed or was refused, at this lane or another: the second recording is rejected. */
export class CrossingConflictError extends HttpError {
  readonly status = 409;
  readonly type = ProblemType.conflict;

  constructor() {
    super('crossingAlreadyRecorded');
  }
}

/** The result does not allow a crossing at this lane today: revoked, used, expired, or for another gate, direction or day. */
export class CrossingNotAllowedError extends HttpError {
  readonly status = 409;
  readonly type = ProblemType.invalidTransition;

  constructor() {
    super('crossingNotAllowed');
  }
}

/** A camera request without a known, unrevoked API key. */
export class CameraKeyError extends HttpError {
  readonly status = 401;
  readonly type = ProblemType.unauthenticated;

  constructor() {
    super('cameraKeyInvalid');
  }
}

/** A camera key used to post reads in the name of another camera. */
export class CameraMismatchError extends HttpError {
  readonly status = 403;
  readonly type = ProblemType.forbidden;

  constructor() {
    super('cameraMismatch');
  }
}
