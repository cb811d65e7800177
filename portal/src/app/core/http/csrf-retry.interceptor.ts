import { HttpClient, HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, switchMap, throwError } from 'rxjs';

import { isApiRequest } from './api-url';

const CSRF_TOKEN_URL = '/api/csrf-token';

// Equal to ProblemType.csrf in shared-models. Importing shared-models here would put zod and
// every schema into the first download, because this interceptor loads with the app shell.
const CSRF_PROBLEM_SUFFIX = '/csrf-token-invalid';

/**
 * Fetches a fresh XSRF token and repeats a write once when the API rejected its token,
 * which happens when the `XSRF-TOKEN` cookie was cleared or expired while the page stayed open.
 */
export const csrfRetryInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiRequest(request.url) || request.method === 'GET' || request.url === CSRF_TOKEN_URL) {
    return next(request);
  }

  const http = inject(HttpClient);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (!isCsrfRejection(error)) {
        return throwError(() => error);
      }

      return http
        .get<{ token: string }>(CSRF_TOKEN_URL)
        .pipe(switchMap(({ token }) => next(request.clone({ setHeaders: { 'X-XSRF-TOKEN': token } }))));
    }),
  );
};

function isCsrfRejection(error: unknown): boolean {
  if (!(error instanceof HttpErrorResponse) || error.status !== 403) {
    return false;
  }

  const type: unknown = (error.error as { type?: unknown } | null)?.type;
  return typeof type === 'string' && type.endsWith(CSRF_PROBLEM_SUFFIX);
}
