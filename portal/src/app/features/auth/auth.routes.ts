import { Routes } from '@angular/router';

export const AUTH_ROUTES: Routes = [
  {
    path: 'register',
    title: 'titles.register',
    loadComponent: () => import('./register').then((module) => module.Register),
  },
  {
    path: 'login',
    title: 'titles.login',
    loadComponent: () => import('./login').then((module) => module.Login),
  },
];
