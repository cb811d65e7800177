import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';

import { ApplicantSession } from './applicant-session';

/** Lets a signed-in applicant through. Others go to the login page, which brings them back afterwards. */
export const applicantGuard: CanActivateFn = async (_route, state) => {
  const session = inject(ApplicantSession);
  const router = inject(Router);

  const profile = await session.check().catch(() => null);
  if (profile) {
    return true;
  }

  return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};
