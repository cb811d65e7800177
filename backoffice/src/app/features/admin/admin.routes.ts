import type { Routes } from '@angular/router';

export const ADMIN_ROUTES: Routes = [
  // The administration area opens on the document types.
  { path: '', pathMatch: 'full', redirectTo: 'document-types' },
  {
    path: 'document-types',
    title: 'admin.documentTypes.title',
    loadComponent: () =>
      import('./document-types/document-types-page').then((module) => module.DocumentTypesPage),
  },
  {
    path: 'officers',
    title: 'admin.officers.title',
    loadComponent: () => import('./officers/officers-page').then((module) => module.OfficersPage),
  },
  {
    path: 'sessions',
    title: 'admin.sessions.title',
    loadComponent: () =>
      import('./officers/officer-sessions-page').then((module) => module.OfficerSessionsPage),
  },
];
