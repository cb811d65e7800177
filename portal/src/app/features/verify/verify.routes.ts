import { Routes } from '@angular/router';

export const VERIFY_ROUTES: Routes = [
  {
    // The result QR code encodes this URL, so its shape must not change.
    path: ':token',
    title: 'titles.verify',
    loadComponent: () => import('./verify-result').then((module) => module.VerifyResult),
  },
];
