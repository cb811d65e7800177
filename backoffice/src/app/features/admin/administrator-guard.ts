import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';

import { AuthState } from '../../core/auth/auth-state';

/**
 * Lets only administrators open the reference data pages; other officers go to the declaration
 * list. The API refuses their requests as well. Runs after `authGuard`, so an officer is signed in.
 */
export const administratorGuard: CanActivateFn = async () => {
  const auth = inject(AuthState);
  const router = inject(Router);

  const officer = await auth.ensureOfficer().catch(() => null);
  return officer?.role === 'administrator' ? true : router.createUrlTree(['/declarations']);
};
