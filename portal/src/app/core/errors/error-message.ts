import { HttpErrorResponse } from '@angular/common/http';
import { ProblemType } from '@smartgate/shared-models';

import { problemOf, problemTypeOf } from '../http/problem';

// Problem types that have their own explanation in the translation files, under `errors.<type>`.
const EXPLAINED_PROBLEM_TYPES: ReadonlySet<string> = new Set([
  ProblemType.validation,
  ProblemType.unauthenticated,
  ProblemType.forbidden,
  ProblemType.csrf,
  ProblemType.notFound,
  ProblemType.conflict,
  ProblemType.invalidTransition,
  ProblemType.emailTaken,
  ProblemType.invalidCredentials,
  ProblemType.tooManyRequests,
  ProblemType.payloadTooLarge,
]);

/**
 * Returns the translation key that explains a failed request to the applicant:
 * `errors.network` when the API could not be reached, `errors.<problem type>` for a known
 * problem, `errors.too-many-requests` for 429 without a body, else `errors.unexpected`.
 */
export function errorMessageKey(error: unknown): string {
  if (error instanceof HttpErrorResponse && error.status === 0) {
    return 'errors.network';
  }

  const problem = problemOf(error);
  const type = problem ? problemTypeOf(problem) : null;
  if (type && EXPLAINED_PROBLEM_TYPES.has(type)) {
    return `errors.${type}`;
  }

  if (error instanceof HttpErrorResponse && error.status === 429) {
    return `errors.${ProblemType.tooManyRequests}`;
  }
  return 'errors.unexpected';
}
