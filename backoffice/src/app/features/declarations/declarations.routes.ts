import type { Routes } from '@angular/router';

export const DECLARATION_ROUTES: Routes = [
  {
    path: '',
    title: 'declarations.queue.title',
    loadComponent: () => import('./declaration-queue').then((module) => module.DeclarationQueue),
  },
  {
    path: ':id',
    title: 'declarations.detail.title',
    loadComponent: () => import('./declaration-detail').then((module) => module.DeclarationDetail),
  },
];
