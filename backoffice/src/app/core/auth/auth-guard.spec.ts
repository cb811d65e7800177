import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ErrorHandler } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  type ActivatedRouteSnapshot,
  type GuardResult,
  type MaybeAsync,
  Router,
  type RouterStateSnapshot,
  UrlTree,
  provideRouter,
} from '@angular/router';
import type { OfficerProfile } from '@smartgate/shared-models';

import { authGuard, guestGuard } from './auth-guard';

const OFFICER: OfficerProfile = {
  id: 'b6a7c1de-0000-4000-8000-000000000001',
  username: 'officer1',
  fullName: 'Trần Thị Bình',
  role: 'reviewer',
  gateCodes: ['LT'],
  passwordChangeRequired: false,
};

const UNAUTHENTICATED = {
  type: '/api/problems/unauthenticated',
  title: 'Chưa đăng nhập',
  status: 401,
};

describe('authGuard', () => {
  let httpTesting: HttpTestingController;
  let router: Router;
  let errorHandler: jasmine.SpyObj<ErrorHandler>;

  beforeEach(() => {
    errorHandler = jasmine.createSpyObj<ErrorHandler>('ErrorHandler', ['handleError']);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: ErrorHandler, useValue: errorHandler },
      ],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => httpTesting.verify());

  function runGuard(url: string): Promise<GuardResult> {
    const state = { url } as RouterStateSnapshot;
    const result = TestBed.runInInjectionContext(() => authGuard({} as ActivatedRouteSnapshot, state));
    return Promise.resolve(result as MaybeAsync<GuardResult>) as Promise<GuardResult>;
  }

  it('lets a signed-in officer through', async () => {
    const result = runGuard('/declarations');

    httpTesting.expectOne('/api/officer/me').flush(OFFICER);

    expect(await result).toBeTrue();
  });

  it('redirects to sign-in with the requested page', async () => {
    const result = runGuard('/declarations/abc?x=1');

    httpTesting
      .expectOne('/api/officer/me')
      .flush(UNAUTHENTICATED, { status: 401, statusText: 'Unauthorized' });

    const outcome = await result;
    expect(outcome).toBeInstanceOf(UrlTree);
    expect(router.serializeUrl(outcome as UrlTree)).toBe('/login?returnUrl=%2Fdeclarations%2Fabc%3Fx%3D1');
    expect(errorHandler.handleError).not.toHaveBeenCalled();
  });

  it('asks the API only once per session', async () => {
    const first = runGuard('/declarations');
    httpTesting.expectOne('/api/officer/me').flush(OFFICER);
    await first;

    const second = await runGuard('/declarations/abc');

    httpTesting.expectNone('/api/officer/me');
    expect(second).toBeTrue();
  });

  it('sends an officer with a password to change to the account page', async () => {
    const result = runGuard('/declarations/abc');

    httpTesting.expectOne('/api/officer/me').flush({ ...OFFICER, passwordChangeRequired: true });

    expect(router.serializeUrl((await result) as UrlTree)).toBe('/account');
  });

  it('lets an officer with a password to change open the account page', async () => {
    const result = runGuard('/account');

    httpTesting.expectOne('/api/officer/me').flush({ ...OFFICER, passwordChangeRequired: true });

    expect(await result).toBeTrue();
  });

  it('reports a server failure and redirects to sign-in', async () => {
    const result = runGuard('/declarations');

    httpTesting
      .expectOne('/api/officer/me')
      .flush(
        { type: '/api/problems/internal-error', title: 'Lỗi', status: 500 },
        { status: 500, statusText: 'Error' },
      );

    const outcome = await result;
    expect(router.serializeUrl(outcome as UrlTree)).toBe('/login?returnUrl=%2Fdeclarations');
    expect(errorHandler.handleError).toHaveBeenCalledTimes(1);
  });
});

describe('guestGuard', () => {
  let httpTesting: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => httpTesting.verify());

  function runGuard(): Promise<GuardResult> {
    const result = TestBed.runInInjectionContext(() =>
      guestGuard({} as ActivatedRouteSnapshot, { url: '/login' } as RouterStateSnapshot),
    );
    return Promise.resolve(result as MaybeAsync<GuardResult>) as Promise<GuardResult>;
  }

  it('sends a signed-in officer to the declaration list', async () => {
    const result = runGuard();

    httpTesting.expectOne('/api/officer/me').flush(OFFICER);

    expect(router.serializeUrl((await result) as UrlTree)).toBe('/declarations');
  });

  it('shows the sign-in page to everyone else', async () => {
    const result = runGuard();

    httpTesting
      .expectOne('/api/officer/me')
      .flush(UNAUTHENTICATED, { status: 401, statusText: 'Unauthorized' });

    expect(await result).toBeTrue();
  });
});
