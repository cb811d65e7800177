import { validationMessage, type FieldError, type Problem } from '@smartgate/shared-models';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { z } from 'zod';

import {
  HttpError,
  MalformedJsonError,
  NotFoundError,
  PayloadTooLargeError,
  ValidationError,
  type FieldIssue,
} from './errors';
import { requestLanguage } from './request-language';
import { fieldIssues } from './validation';
import { PROBLEM_DETAILS, PROBLEM_TITLES, type ProblemLanguage } from './problem-messages';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Names the whole body in messages about it, since the shared catalog labels fields only. */
const BODY_LABEL: Record<ProblemLanguage, string> = { vi: 'Nội dung yêu cầu', en: 'Request body' };

function fieldErrors(issues: FieldIssue[], language: ProblemLanguage): FieldError[] {
  return issues.map((issue) => {
    const message = validationMessage(issue.code, issue.path, language);
    return {
      path: issue.path.map(String).join('.'),
      code: issue.code,
      // With an empty path the catalog's `{field}` placeholder renders as nothing.
      message: issue.path.length === 0 ? `${BODY_LABEL[language]}${message}` : message,
    };
  });
}

/** Builds the RFC 9457 body of an HTTP error in a language. */
export function problemBody(error: HttpError, language: ProblemLanguage): Problem {
  const problem: Problem = {
    type: `/api/problems/${error.type}`,
    title: PROBLEM_TITLES[language][error.type],
    status: error.status,
  };

  if (error.detailKey) {
    problem.detail = PROBLEM_DETAILS[language][error.detailKey];
  }
  if (error instanceof ValidationError) {
    problem.errors = fieldErrors(error.issues, language);
  }
  return problem;
}

/** Sends an HTTP error as problem+json in the request's language. */
export function sendProblem(request: Request, response: Response, error: HttpError): void {
  const language = requestLanguage(request);
  response.status(error.status).type(PROBLEM_CONTENT_TYPE).set('Content-Language', language);
  response.json(problemBody(error, language));
}

/** Maps errors raised by body-parser (malformed JSON, oversized body) to HTTP errors. */
function fromBodyParser(error: unknown): HttpError | undefined {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.parse.failed') {
    return new MalformedJsonError();
  }
  if (type === 'entity.too.large') {
    return new PayloadTooLargeError();
  }
  if (
    typeof type === 'string' &&
    /^(encoding|charset)\.unsupported$|^request\.(aborted|size\.invalid)$/.test(type)
  ) {
    return new ValidationError([], 400);
  }
  return undefined;
}

/** Converts a zod error thrown by a handler, in case one escaped `parseRequest`. */
function fromZod(error: unknown): HttpError | undefined {
  if (error instanceof z.ZodError) {
    return new ValidationError(fieldIssues(error.issues));
  }
  return undefined;
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

  const known = error instanceof HttpError ? error : (fromBodyParser(error) ?? fromZod(error));
  if (known) {
    sendProblem(request, response, known);
    return;
  }

  request.log.error({ err: error, event: 'request.failed' }, 'Request failed with an unexpected error');
  const language = requestLanguage(request);
  response.status(500).type(PROBLEM_CONTENT_TYPE).set('Content-Language', language);
  response.json({
    type: '/api/problems/internal-error',
    title: PROBLEM_TITLES[language]['internal-error'],
    status: 500,
  } satisfies Problem);
};

/** Sends a not-found problem for requests to unknown API paths. */
export const notFoundHandler: RequestHandler = (_request, _response, next) => {
  next(new NotFoundError());
};
