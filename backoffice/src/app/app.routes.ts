import type { Routes } from '@angular/router';

import { authGuard } from './core/auth/auth-guard';
import { administratorGuard } from './features/admin/administrator-guard';

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
  {
    path: 'account',
    canActivate: [authGuard],
    loadChildren: () => import('./features/account/account.routes').then((module) => module.ACCOUNT_ROUTES),
  },
  {
    path: 'admin',
    canActivate: [authGuard, administratorGuard],
    loadChildren: () => import('./features/admin/admin.routes').then((module) => module.ADMIN_ROUTES),
  },
  {
    path: 'gate',
    canActivate: [authGuard],
    loadChildren: () => import('./features/gate/gate.routes').then((module) => module.GATE_ROUTES),
  },
  // Unknown paths (old bookmarks, typos) land on the queue, whose guard redirects to sign-in when needed.
  { path: '**', redirectTo: 'declarations' },
];
