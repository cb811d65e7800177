import { Routes } from '@angular/router';

/** The cargo declarations of one business, under `/business/:businessId/cargo`. */
export const CARGO_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.cargoDeclarations',
    loadComponent: () => import('./cargo-list/cargo-list').then((module) => module.CargoList),
  },
  {
    // One route serves both .../cargo/new and .../cargo/:id, as for crossing declarations: after
    // the first save the URL changes to the id and the router keeps the page, so the form keeps its state.
    path: ':id',
    title: 'titles.cargoDeclaration',
    loadComponent: () => import('./cargo-page/cargo-page').then((module) => module.CargoPage),
  },
];
