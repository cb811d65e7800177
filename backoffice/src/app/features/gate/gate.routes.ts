import { inject } from '@angular/core';
import { type CanActivateFn, Router, type Routes } from '@angular/router';
import type { OfficerProfile } from '@smartgate/shared-models';

import { AuthState } from '../../core/auth/auth-state';

/** Lets in officers of the given roles; others go back to the lane screen, which every officer may use. */
function roleGuard(roles: readonly OfficerProfile['role'][]): CanActivateFn {
  return async () => {
    const router = inject(Router);
    const officer = await inject(AuthState).ensureOfficer();
    return officer && roles.includes(officer.role) ? true : router.createUrlTree(['/gate']);
  };
}

export const GATE_ROUTES: Routes = [
  {
    path: '',
    title: 'gate.title',
    loadComponent: () => import('./lane-screen').then((module) => module.LaneScreen),
  },
  {
    path: 'assisted',
    title: 'gate.assisted.title',
    loadComponent: () =>
      import('./assisted/assisted-filing-page').then((module) => module.AssistedFilingPage),
  },
  {
    path: 'times',
    title: 'gate.times.title',
    canActivate: [roleGuard(['supervisor', 'administrator'])],
    loadComponent: () => import('./crossing-times').then((module) => module.CrossingTimes),
  },
  {
    path: 'cameras',
    title: 'gate.cameras.title',
    canActivate: [roleGuard(['administrator'])],
    loadComponent: () => import('./camera-admin').then((module) => module.CameraAdmin),
  },
];
