import { ProblemType, type FieldLabelKind } from '@smartgate/shared-models';

/**
 * Problem types of the API that the shared `ProblemType` lacks. The API serves them as
 * `/api/problems/<type>` like the shared ones.
 */
export const ApiProblemType = {
  unsupportedMediaType: 'unsupported-media-type',
  serviceUnavailable: 'service-unavailable',
} as const;

/** Every problem type the API sends: the shared ones and the API's own. */
export type AnyProblemType = ProblemType | (typeof ApiProblemType)[keyof typeof ApiProblemType];

/** One invalid field before localization: its path and a validation message key. */
export interface FieldIssue {
  path: readonly (string | number)[];
  /** A key of the shared validation catalog, such as `required` or `unknownGate`. */
  code: string;
  /** Values of the message's other placeholders, such as the allowed dates `from` and `until`. */
  params?: Readonly<Record<string, string>>;
}

/**
 * An error the problem handler renders as RFC 9457 problem+json. `detailKey` names a
 * message in the problem catalog; without it the response carries the type's title only.
 */
export abstract class HttpError extends Error {
  abstract readonly status: number;
  abstract readonly type: AnyProblemType;
  /** Invalid fields, sent as the problem's `errors`; only errors about particular fields have them. */
  readonly issues?: readonly FieldIssue[];

  /** Values of the detail message's placeholders other than fields, such as `{holder}`. */
  readonly detailParams?: Readonly<Record<string, string>>;

  /**
   * The declaration kind whose field paths `issues` name, which sets how travellers are labelled:
   * "Lead traveller" and "Companion n" for travel, "Driver" and "Crew member n" for cargo.
   */
  fieldLabelKind: FieldLabelKind = 'travel';

  constructor(readonly detailKey?: ProblemDetailKey) {
    super(detailKey ?? new.target.name);
  }

  /** Marks the issues as field paths of a declaration of `kind`, and returns the error. */
  labelFieldsAs(kind: FieldLabelKind): this {
    this.fieldLabelKind = kind;
    return this;
  }

  /** Extension members of the problem body (RFC 9457, section 3.2), sent beside `type` and `detail`. */
  problemExtensions(): Readonly<Record<string, unknown>> {
    return {};
  }
}

/** Keys of the localized `detail` messages in `problem-messages.ts`. */
export type ProblemDetailKey =
  | 'invalidRequest'
  | 'incompleteDeclaration'
  | 'malformedJson'
  | 'malformedUrl'
  | 'unreadableBody'
  | 'bodyTooDeep'
  | 'unsupportedMediaType'
  | 'unsupportedCharset'
  | 'unsupportedEncoding'
  | 'photoNotAccepted'
  | 'photoUploadFormat'
  | 'attachmentNotAccepted'
  | 'attachmentUploadFormat'
  | 'attachmentLimit'
  | 'goodsImportNotAccepted'
  | 'goodsImportUploadFormat'
  | 'valueNotStorable'
  | 'requestNotProcessed'
  | 'databaseUnavailable'
  | 'declarationNotEditable'
  | 'declarationNotSubmitted'
  | 'declarationNotWithdrawable'
  | 'declarationNotIssued'
  | 'resultNotIssued'
  | 'resultNotFailed'
  | 'roleNotAllowed'
  | 'staleVersion'
  | 'declarationHeld'
  | 'declarationNotAssigned'
  | 'reasonTemplateLimit'
  | 'wrongPrincipal'
  | 'signInRequired'
  | 'csrfTokenInvalid'
  | 'gateNotAssigned'
  | 'watchlistEntryInactive'
  | 'idempotencyKeyReused'
  | 'crossingAlreadyRecorded'
  | 'crossingNotAllowed'
  | 'cameraKeyInvalid'
  | 'cameraMismatch'
  | 'tooManyStatusLookups'
  | 'declarationStatusNotFound'
  | 'travellerProfileLimit'
  | 'taxCodeRegistered'
  | 'businessAdministratorOnly'
  | 'lastBusinessAdministrator'
  | 'alreadyBusinessMember'
  | 'invitationNotUsable'
  | 'invitationForAnotherEmail'
  | 'sessionExpired'
  | 'signInRestart'
  | 'totpCodeWrong'
  | 'totpCodeReused'
  | 'accountLocked'
  | 'passwordChangeRequired'
  | 'ownAccountChange'
  | 'totpSetupNotStarted'
  | 'draftChangedByAnother';

/** Invalid input; `status` is 400 for a malformed request and 422 for an incomplete submission. */
export class ValidationError extends HttpError {
  readonly type = ProblemType.validation;

  constructor(
    override readonly issues: FieldIssue[],
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

/** No signed-in principal. `sessionExpired` marks a session ended by a time limit. */
export class UnauthenticatedError extends HttpError {
  readonly status = 401;
  readonly type = ProblemType.unauthenticated;

  constructor(detailKey: 'signInRequired' | 'sessionExpired' | 'signInRestart' = 'signInRequired') {
    super(detailKey);
  }
}

export class InvalidCredentialsError extends HttpError {
  readonly status = 401;
  readonly type = ProblemType.invalidCredentials;
}

/**
 * A signed-in principal of the wrong kind, such as an applicant on an officer route, or an
 * officer whose role does not allow the action (`roleNotAllowed`).
 */
export class ForbiddenError extends HttpError {
  readonly status = 403;
  readonly type = ProblemType.forbidden;

  constructor(detailKey: ProblemDetailKey = 'wrongPrincipal') {
    super(detailKey);
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

/** The officer holding a declaration, as a 409 names them. */
export interface DeclarationHolder {
  officerId: string;
  officerName: string;
  assignedAt: string;
}

/**
 * A declaration held by another officer: only the holder decides or releases it, unless a
 * supervisor takes it over. The detail and the `holder` member name that officer.
 */
export class DeclarationHeldError extends HttpError {
  readonly status = 409;
  readonly type = ProblemType.held;
  override readonly detailParams: Readonly<Record<string, string>>;

  constructor(readonly holder: DeclarationHolder) {
    super('declarationHeld');
    this.detailParams = { holder: holder.officerName };
  }

  override problemExtensions(): Readonly<Record<string, unknown>> {
    return { holder: this.holder };
  }
}

/** A decision on a submitted declaration that no officer holds. The officer must assign it to themselves first. */
export class DeclarationNotAssignedError extends HttpError {
  readonly status = 409;
  readonly type = ProblemType.notAssigned;

  constructor() {
    super('declarationNotAssigned');
  }
}

/** The record's status does not allow the requested step, such as approving a draft. */
export class InvalidStatusTransitionError extends HttpError {
  readonly status = 409;
  readonly type = ProblemType.invalidTransition;
}

/**
 * An officer account locked after too many failed sign-ins (423 Locked, RFC 4918). The detail
 * names the lock's length in minutes; the lock's end is not sent, so that a caller learns no more
 * about the account than the message contains.
 */
export class AccountLockedError extends HttpError {
  readonly status = 423;
  readonly type = ProblemType.accountLocked;
  override readonly detailParams: Readonly<Record<string, string>>;

  constructor(lockoutMinutes: number) {
    super('accountLocked');
    this.detailParams = { minutes: String(lockoutMinutes) };
  }
}

/** A new officer's username that another officer already has. */
export class UsernameTakenError extends HttpError {
  readonly status = 409;
  readonly type = ProblemType.usernameTaken;
}

export class EmailAlreadyRegisteredError extends HttpError {
  readonly status = 409;
  readonly type = ProblemType.emailTaken;
}

/** A request that would take the principal past a fixed limit, such as the number of saved travellers. */
export class LimitReachedError extends HttpError {
  readonly status = 409;
  readonly type = ProblemType.limitReached;
}

/** A business registration whose tax code another business already registered. */
export class TaxCodeRegisteredError extends HttpError {
  readonly status = 409;
  readonly type = ProblemType.taxCodeRegistered;

  constructor() {
    super('taxCodeRegistered');
  }
}

/** A change of a business's members that the current members do not allow. */
export class MembershipConflictError extends HttpError {
  readonly status = 409;
  readonly type = ProblemType.membershipConflict;

  constructor(detailKey: 'lastBusinessAdministrator' | 'alreadyBusinessMember') {
    super(detailKey);
  }
}

/** A request body over its size limit. An uploaded file over its limit names its field in `issues`. */
export class PayloadTooLargeError extends HttpError {
  readonly status = 413;
  readonly type = ProblemType.payloadTooLarge;

  constructor(
    override readonly issues?: FieldIssue[],
    detailKey?: ProblemDetailKey,
  ) {
    super(detailKey);
  }
}

export class TooManyRequestsError extends HttpError {
  readonly status = 429;
  readonly type = ProblemType.tooManyRequests;
}

/** A request body that is not JSON, or JSON in a character set or content coding the API does not read. */
export class UnsupportedMediaTypeError extends HttpError {
  readonly status = 415;
  readonly type = ApiProblemType.unsupportedMediaType;

  constructor(detailKey: ProblemDetailKey = 'unsupportedMediaType') {
    super(detailKey);
  }
}

/** A database that does not respond, so the API cannot serve requests. The health check reports it. */
export class ServiceUnavailableError extends HttpError {
  readonly status = 503;
  readonly type = ApiProblemType.serviceUnavailable;

  constructor() {
    super('databaseUnavailable');
  }
}

/** Problem types of the 4xx statuses that Express and its libraries raise with a status of their own. */
const PROBLEM_TYPE_BY_STATUS: Readonly<Partial<Record<number, AnyProblemType>>> = {
  401: ProblemType.unauthenticated,
  403: ProblemType.forbidden,
  404: ProblemType.notFound,
  413: ProblemType.payloadTooLarge,
  415: ApiProblemType.unsupportedMediaType,
  429: ProblemType.tooManyRequests,
};

/**
 * A client error that Express or a library raised with its own 4xx status, such as a path
 * with invalid percent-encoding. The status is kept. Statuses without a type of their own
 * are sent as `validation-failed`.
 */
export class ClientRequestError extends HttpError {
  readonly type: AnyProblemType;

  constructor(
    readonly status: number,
    detailKey: ProblemDetailKey = 'requestNotProcessed',
  ) {
    super(detailKey);
    this.type = PROBLEM_TYPE_BY_STATUS[status] ?? ProblemType.validation;
  }
}
