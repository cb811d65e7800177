import type { Routes } from '@angular/router';

export const ACCOUNT_ROUTES: Routes = [
  {
    path: '',
    title: 'account.title',
    loadComponent: () => import('./account-page').then((module) => module.AccountPage),
  },
];
