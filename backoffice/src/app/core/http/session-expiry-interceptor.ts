import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { tap } from 'rxjs';

import { AuthState } from '../auth/auth-state';

/** Sign-in and session probes return 401 as a normal outcome, so they must not trigger a redirect. */
const SESSION_ENDPOINTS = ['/api/officer/login', '/api/officer/me', '/api/officer/logout'];

/**
 * Sends the officer back to the sign-in page when the API returns 401 to an officer request,
 * which happens when the session expired or was ended elsewhere. The error still reaches the caller.
 */
export const sessionExpiryInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthState);
  const router = inject(Router);

  return next(request).pipe(
    tap({
      error: (error: unknown) => {
        if (isSessionLoss(request, error) && !router.url.startsWith('/login')) {
          auth.forget();
          void router.navigate(['/login'], { queryParams: { returnUrl: router.url } });
        }
      },
    }),
  );
};

function isSessionLoss(request: HttpRequest<unknown>, error: unknown): boolean {
  return (
    error instanceof HttpErrorResponse &&
    error.status === 401 &&
    request.url.startsWith('/api/officer/') &&
    !SESSION_ENDPOINTS.includes(request.url)
  );
}
