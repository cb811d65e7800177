import { ErrorHandler, inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';

import { AuthState } from './auth-state';

/** The page where officers change their password; the only page open while a change is required. */
export const ACCOUNT_PAGE = '/account';

/**
 * Lets only signed-in officers in. Others go to the sign-in page, which brings them back afterwards.
 * An officer who still has the password an administrator set goes to the account page first,
 * as the API refuses everything else until the password is changed.
 */
export const authGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthState);
  const router = inject(Router);
  const errorHandler = inject(ErrorHandler);

  const officer = await auth.ensureOfficer().catch((error: unknown) => {
    errorHandler.handleError(error);
    return null;
  });

  if (!officer) {
    return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
  }
  return officer.passwordChangeRequired && !state.url.startsWith(ACCOUNT_PAGE)
    ? router.createUrlTree([ACCOUNT_PAGE])
    : true;
};

/** Sends an officer who is already signed in from the sign-in page to the declaration list. */
export const guestGuard: CanActivateFn = async () => {
  const auth = inject(AuthState);
  const router = inject(Router);

  const officer = await auth.ensureOfficer().catch(() => null);
  return officer ? router.createUrlTree(['/declarations']) : true;
};
