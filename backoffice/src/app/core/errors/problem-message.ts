import { HttpErrorResponse } from '@angular/common/http';
import type { TranslateService } from '@ngx-translate/core';

import { knownProblemType, readProblem } from './problem';

/**
 * Builds the message shown to the officer for a failed API call, or returns null when the error is
 * not one this app recognises. Known problem types use this app's wording, and validation problems
 * add the first field message, which the API already wrote in the request's language. A problem of
 * an unknown type shows its own title.
 */
export function describeApiError(error: unknown, translate: TranslateService): string | null {
  if (error instanceof HttpErrorResponse && error.status === 0) {
    return translate.instant('problems.network');
  }

  const problem = readProblem(error);
  if (!problem) {
    return null;
  }

  const type = knownProblemType(problem);
  if (!type) {
    return problem.title;
  }

  const message: string = translate.instant(`problems.${type}`);
  const firstFieldMessage = problem.errors?.[0]?.message;
  return firstFieldMessage ? `${message} ${firstFieldMessage}` : message;
}
