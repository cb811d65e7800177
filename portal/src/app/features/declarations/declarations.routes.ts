import { Routes } from '@angular/router';

export const DECLARATION_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.declarations',
    loadComponent: () =>
      import('./declaration-list/declaration-list').then((module) => module.DeclarationList),
  },
  {
    // One route serves both /declarations/new and /declarations/:id. After the first save of a
    // new declaration the URL changes to its id, and the router reuses the page so the form keeps its state.
    path: ':id',
    title: 'titles.declaration',
    loadComponent: () =>
      import('./declaration-page/declaration-page').then((module) => module.DeclarationPage),
  },
];
