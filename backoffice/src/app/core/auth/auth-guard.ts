import { ErrorHandler, inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';

import { AuthState } from './auth-state';

/** Lets only signed-in officers in. Others go to the sign-in page, which brings them back afterwards. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthState);
  const router = inject(Router);
  const errorHandler = inject(ErrorHandler);

  const officer = await auth.ensureOfficer().catch((error: unknown) => {
    errorHandler.handleError(error);
    return null;
  });

  return officer ? true : router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** Sends an officer who is already signed in from the sign-in page to the declaration list. */
export const guestGuard: CanActivateFn = async () => {
  const auth = inject(AuthState);
  const router = inject(Router);

  const officer = await auth.ensureOfficer().catch(() => null);
  return officer ? router.createUrlTree(['/declarations']) : true;
};
