import type { Routes } from '@angular/router';

import { guestGuard } from '../../core/auth/auth-guard';

export const AUTH_ROUTES: Routes = [
  {
    path: '',
    canActivate: [guestGuard],
    title: 'auth.login.title',
    loadComponent: () => import('./login-page').then((module) => module.LoginPage),
  },
];
