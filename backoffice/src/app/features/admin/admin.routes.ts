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
    path: 'attachment-rules',
    title: 'admin.attachmentRules.title',
    loadComponent: () =>
      import('./attachment-rules/attachment-rules-page').then((module) => module.AttachmentRulesPage),
  },
  {
    path: 'hs-codes',
    title: 'admin.hsCodes.title',
    loadComponent: () =>
      import('./hs-codes/hs-code-controls-page').then((module) => module.HsCodeControlsPage),
  },
  {
    path: 'reason-templates',
    title: 'admin.reasonTemplates.title',
    loadComponent: () =>
      import('./reason-templates/reason-templates-page').then((module) => module.ReasonTemplatesPage),
  },
  {
    path: 'audit-log',
    title: 'admin.auditLog.title',
    loadComponent: () => import('./audit-log/audit-log-page').then((module) => module.AuditLogPage),
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
  {
    path: 'watchlist',
    title: 'admin.watchlist.title',
    loadComponent: () => import('./watchlist/watchlist-page').then((module) => module.WatchlistPage),
  },
];
