import {
  validationMessage,
  type FieldError,
  type FieldLabelKind,
  type Problem,
} from '@smartgate/shared-models';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { z } from 'zod';

import { rejectedValue } from './database-errors';
import {
  ClientRequestError,
  HttpError,
  NotFoundError,
  ValidationError,
  type AnyProblemType,
  type FieldIssue,
  type ProblemDetailKey,
} from './errors';
import { requestLanguage } from './request-language';
import { fieldIssues } from './validation';
import { PROBLEM_DETAILS, PROBLEM_TITLES } from './problem-messages';
import { KM_PROBLEM_DETAILS, KM_PROBLEM_TITLES } from './problem-messages-km';
import type { ResponseLanguage } from './request-language';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Names the whole body in messages about it, since the shared catalog labels fields only. */
const BODY_LABEL: Record<ResponseLanguage, string> = {
  vi: 'Nội dung yêu cầu',
  en: 'Request body',
  km: 'ខ្លឹមសារនៃសំណើ',
};

/** Returns a problem title in a language. A Khmer title not written yet falls back to English. */
function problemTitle(type: AnyProblemType, language: ResponseLanguage): string {
  return language === 'km'
    ? (KM_PROBLEM_TITLES[type] ?? PROBLEM_TITLES.en[type])
    : PROBLEM_TITLES[language][type];
}

function problemDetail(
  key: ProblemDetailKey,
  language: ResponseLanguage,
  params: Readonly<Record<string, string>> = {},
): string {
  const template =
    language === 'km' ? (KM_PROBLEM_DETAILS[key] ?? PROBLEM_DETAILS.en[key]) : PROBLEM_DETAILS[language][key];
  return Object.entries(params).reduce(
    (detail, [name, value]) => detail.replaceAll(`{${name}}`, value),
    template,
  );
}

function fieldErrors(issues: FieldIssue[], language: ResponseLanguage, kind: FieldLabelKind): FieldError[] {
  return issues.map((issue) => {
    const message = validationMessage(issue.code, issue.path, language, issue.params, kind);
    return {
      path: issue.path.map(String).join('.'),
      code: issue.code,
      // With an empty path the catalog's `{field}` placeholder renders as nothing.
      message: issue.path.length === 0 ? `${BODY_LABEL[language]}${message}` : message,
      ...(issue.params ? { params: { ...issue.params } } : {}),
    };
  });
}

/** Builds the RFC 9457 body of an HTTP error in a language. */
export function problemBody(error: HttpError, language: ResponseLanguage): Problem {
  const problem: Problem = {
    type: `/api/problems/${error.type}`,
    title: problemTitle(error.type, language),
    status: error.status,
  };

  if (error.detailKey) {
    problem.detail = problemDetail(error.detailKey, language, error.detailParams);
  }
  if (error.issues) {
    problem.errors = fieldErrors([...error.issues], language, error.fieldLabelKind);
  }
  return { ...error.problemExtensions(), ...problem };
}

/** Sends an HTTP error as problem+json in the request's language. */
export function sendProblem(request: Request, response: Response, error: HttpError): void {
  const language = requestLanguage(request);
  response.status(error.status).type(PROBLEM_CONTENT_TYPE).set('Content-Language', language);
  response.json(problemBody(error, language));
}

/** Converts a zod error thrown by a handler, in case one escaped `parseRequest`. */
function fromZod(error: unknown): HttpError | undefined {
  if (error instanceof z.ZodError) {
    return new ValidationError(fieldIssues(error.issues));
  }
  return undefined;
}

/**
 * Converts errors with a 4xx `status` or `statusCode`, as Express's router and the
 * http-errors package raise them, keeping the status. The router raises a URIError with
 * status 400 for a path parameter with invalid percent-encoding, such as `/declarations/%E0%A4%A`.
 */
function fromClientStatus(error: unknown): HttpError | undefined {
  if (error === null || typeof error !== 'object') {
    return undefined;
  }

  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  const code = typeof status === 'number' ? status : statusCode;
  if (typeof code !== 'number' || !Number.isInteger(code) || code < 400 || code > 499) {
    return undefined;
  }
  return new ClientRequestError(code, error instanceof URIError ? 'malformedUrl' : 'requestNotProcessed');
}

/**
 * Converts a value that PostgreSQL rejected (too long, out of range, failing a check) to 400.
 * Input checks should have caught it first, so it is logged as a warning without the value.
 */
function fromDatabase(error: unknown, request: Request): HttpError | undefined {
  const rejected = rejectedValue(error);
  if (!rejected) {
    return undefined;
  }

  request.log.warn(
    { event: 'request.value_rejected', ...rejected },
    'The database rejected a value that passed the input checks',
  );
  return new ValidationError([{ path: [], code: 'invalid' }], 400, 'valueNotStorable');
}

/**
 * Renders every error as problem+json. Known errors keep their status. Anything else is
 * logged and sent as a generic 500 that reveals nothing about the cause.
 */
export const problemHandler: ErrorRequestHandler = (error: unknown, request, response, next) => {
  if (response.headersSent) {
    next(error);
    return;
  }

  const known =
    error instanceof HttpError
      ? error
      : (fromZod(error) ?? fromClientStatus(error) ?? fromDatabase(error, request));
  if (known) {
    sendProblem(request, response, known);
    return;
  }

  request.log.error({ err: error, event: 'request.failed' }, 'Request failed with an unexpected error');
  const language = requestLanguage(request);
  response.status(500).type(PROBLEM_CONTENT_TYPE).set('Content-Language', language);
  response.json({
    type: '/api/problems/internal-error',
    title: problemTitle('internal-error', language),
    status: 500,
  } satisfies Problem);
};

/** Sends a not-found problem for requests to unknown API paths. */
export const notFoundHandler: RequestHandler = (_request, _response, next) => {
  next(new NotFoundError());
};
