import type { Routes } from '@angular/router';

import { authGuard } from './core/auth/auth-guard';

export const routes: Routes = [
  // Officers open the back office to work the queue, so the bare URL goes straight to it.
  { path: '', pathMatch: 'full', redirectTo: 'declarations' },
  {
    path: 'login',
    loadChildren: () => import('./features/auth/auth.routes').then((module) => module.AUTH_ROUTES),
  },
  {
    path: 'declarations',
    canActivate: [authGuard],
    loadChildren: () =>
      import('./features/declarations/declarations.routes').then((module) => module.DECLARATION_ROUTES),
  },
  // Unknown paths (old bookmarks, typos) land on the queue, whose guard redirects to sign-in when needed.
  { path: '**', redirectTo: 'declarations' },
];
