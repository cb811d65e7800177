import { Routes } from '@angular/router';

import { applicantGuard } from '../../core/auth/applicant.guard';

/**
 * The applicant's companies under `/business`. The invitation page is open to signed-out
 * visitors, because the e-mail's recipient may have no account yet, and it offers sign-in and sign-up.
 * The cargo pages under `/business/:businessId/cargo` have their own routes.
 */
export const BUSINESS_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.businesses',
    canActivate: [applicantGuard],
    loadComponent: () => import('./business-list/business-list').then((module) => module.BusinessList),
  },
  {
    path: 'register',
    title: 'titles.businessRegister',
    canActivate: [applicantGuard],
    loadComponent: () =>
      import('./business-register/business-register').then((module) => module.BusinessRegister),
  },
  {
    path: 'invitation',
    title: 'titles.businessInvitation',
    loadComponent: () => import('./invitation/accept-invitation').then((module) => module.AcceptInvitation),
  },
  {
    path: ':businessId',
    title: 'titles.company',
    canActivate: [applicantGuard],
    loadComponent: () => import('./company/company-page').then((module) => module.CompanyPage),
  },
  {
    path: ':businessId/staff',
    title: 'titles.businessStaff',
    canActivate: [applicantGuard],
    loadComponent: () => import('./staff/staff-page').then((module) => module.StaffPage),
  },
  {
    path: ':businessId/vehicles',
    title: 'titles.businessVehicles',
    canActivate: [applicantGuard],
    loadComponent: () => import('./vehicles/vehicles-page').then((module) => module.VehiclesPage),
  },
  {
    path: ':businessId/drivers',
    title: 'titles.businessDrivers',
    canActivate: [applicantGuard],
    loadComponent: () => import('./drivers/drivers-page').then((module) => module.DriversPage),
  },
  {
    path: ':businessId/partners',
    title: 'titles.businessPartners',
    canActivate: [applicantGuard],
    loadComponent: () => import('./partners/partners-page').then((module) => module.PartnersPage),
  },
];
