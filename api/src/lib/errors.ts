import { ProblemType } from '@smartgate/shared-models';

/** One invalid field before localization: its path and a validation message key. */
export interface FieldIssue {
  path: readonly (string | number)[];
  /** A key of the shared validation catalog, such as `required` or `unknownGate`. */
  code: string;
}

/**
 * An error the problem handler renders as RFC 9457 problem+json. `detailKey` names a
 * message in the problem catalog; without it the response carries the type's title only.
 */
export abstract class HttpError extends Error {
  abstract readonly status: number;
  abstract readonly type: ProblemType;

  constructor(readonly detailKey?: ProblemDetailKey) {
    super(detailKey ?? new.target.name);
  }
}

/** Keys of the localized `detail` messages in `problem-messages.ts`. */
export type ProblemDetailKey =
  | 'invalidRequest'
  | 'incompleteDeclaration'
  | 'malformedJson'
  | 'declarationNotEditable'
  | 'declarationNotSubmitted'
  | 'declarationNotIssued'
  | 'staleVersion'
  | 'wrongPrincipal'
  | 'signInRequired'
  | 'csrfTokenInvalid';

/** Invalid input; `status` is 400 for a malformed request and 422 for an incomplete submission. */
export class ValidationError extends HttpError {
  readonly type = ProblemType.validation;

  constructor(
    readonly issues: FieldIssue[],
    readonly status: 400 | 422 = 400,
    detailKey: ProblemDetailKey = status === 422 ? 'incompleteDeclaration' : 'invalidRequest',
  ) {
    super(detailKey);
  }
}

/** A request body that is not valid JSON. */
export class MalformedJsonError extends HttpError {
  readonly status = 400;
  readonly type = ProblemType.validation;

  constructor() {
    super('malformedJson');
  }
}

export class UnauthenticatedError extends HttpError {
  readonly status = 401;
  readonly type = ProblemType.unauthenticated;

  constructor() {
    super('signInRequired');
  }
}

export class InvalidCredentialsError extends HttpError {
  readonly status = 401;
  readonly type = ProblemType.invalidCredentials;
}

/** A signed-in principal of the wrong kind, such as an applicant on an officer route. */
export class ForbiddenError extends HttpError {
  readonly status = 403;
  readonly type = ProblemType.forbidden;

  constructor() {
    super('wrongPrincipal');
  }
}

export class CsrfTokenError extends HttpError {
  readonly status = 403;
  readonly type = ProblemType.csrf;

  constructor() {
    super('csrfTokenInvalid');
  }
}

/** A record that does not exist or that the principal may not see: both look the same to the client. */
export class NotFoundError extends HttpError {
  readonly status = 404;
  readonly type = ProblemType.notFound;
}

/** The client's `version` is older than the stored one: someone else changed the record first. */
export class VersionConflictError extends HttpError {
  readonly status = 409;
  readonly type = ProblemType.conflict;

  constructor() {
    super('staleVersion');
  }
}

/** The record's status does not allow the requested step, such as approving a draft. */
export class InvalidStatusTransitionError extends HttpError {
  readonly status = 409;
  readonly type = ProblemType.invalidTransition;
}

export class EmailAlreadyRegisteredError extends HttpError {
  readonly status = 409;
  readonly type = ProblemType.emailTaken;
}

export class PayloadTooLargeError extends HttpError {
  readonly status = 413;
  readonly type = ProblemType.payloadTooLarge;
}

export class TooManyRequestsError extends HttpError {
  readonly status = 429;
  readonly type = ProblemType.tooManyRequests;
}
