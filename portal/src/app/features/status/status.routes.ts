import { Routes } from '@angular/router';

export const STATUS_ROUTES: Routes = [
  {
    // Submission e-mails link to this address, so its path must not change.
    path: '',
    title: 'titles.status',
    loadComponent: () => import('./status-lookup').then((module) => module.StatusLookup),
  },
];
