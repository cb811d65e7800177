import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';

import { ApplicantSession } from '../auth/applicant-session';

// These calls return 401 as part of their normal work, so they must not trigger a redirect.
const SESSION_ENDPOINTS = [
  '/api/applicant/me',
  '/api/applicant/login',
  '/api/applicant/logout',
  '/api/applicant/register',
];

/** Sends the applicant to the login page when the API reports that their session has ended. */
export const sessionExpiryInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/api/applicant/') || SESSION_ENDPOINTS.includes(request.url)) {
    return next(request);
  }

  const session = inject(ApplicantSession);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401) {
        session.markSignedOut();
        void router.navigate(['/login'], { queryParams: { returnUrl: router.url } });
      }
      return throwError(() => error);
    }),
  );
};
