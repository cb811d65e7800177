import { Routes } from '@angular/router';

export const TRAVELLER_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.travellers',
    loadComponent: () => import('./traveller-list/traveller-list').then((module) => module.TravellerList),
  },
];
