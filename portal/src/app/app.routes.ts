import { Routes } from '@angular/router';

import { applicantGuard } from './core/auth/applicant.guard';

/** Route titles are translation keys, which TranslatedTitleStrategy turns into the document title. */
export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.home',
    loadComponent: () => import('./features/home/home').then((module) => module.Home),
  },
  {
    path: '',
    loadChildren: () => import('./features/auth/auth.routes').then((module) => module.AUTH_ROUTES),
  },
  {
    path: 'declarations',
    canActivate: [applicantGuard],
    loadChildren: () =>
      import('./features/declarations/declarations.routes').then((module) => module.DECLARATION_ROUTES),
  },
  {
    // Listed before any other /business route so that its cargo pages match here.
    path: 'business/:businessId/cargo',
    canActivate: [applicantGuard],
    loadChildren: () => import('./features/cargo/cargo.routes').then((module) => module.CARGO_ROUTES),
  },
  {
    path: 'business',
    loadChildren: () =>
      import('./features/business/business.routes').then((module) => module.BUSINESS_ROUTES),
  },
  {
    path: 'travellers',
    canActivate: [applicantGuard],
    loadChildren: () =>
      import('./features/travellers/travellers.routes').then((module) => module.TRAVELLER_ROUTES),
  },
  {
    path: 'verify',
    loadChildren: () => import('./features/verify/verify.routes').then((module) => module.VERIFY_ROUTES),
  },
  {
    path: 'status',
    loadChildren: () => import('./features/status/status.routes').then((module) => module.STATUS_ROUTES),
  },
  {
    path: '**',
    title: 'titles.notFound',
    loadComponent: () => import('./features/home/not-found').then((module) => module.NotFound),
  },
];
