import { HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { provideTestTranslations } from '../../../testing/test-translations';
import { LanguageState } from '../i18n/language-state';
import { provideApiHttpClient } from './provide-api-http-client';

const UNAUTHENTICATED = { type: '/api/problems/unauthenticated', title: 'Unauthenticated', status: 401 };

describe('provideApiHttpClient', () => {
  let http: HttpClient;
  let httpTesting: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideApiHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTestTranslations(),
      ],
    });
    http = TestBed.inject(HttpClient);
    httpTesting = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; path=/; max-age=0';
    httpTesting.verify();
  });

  it('sends the interface language', async () => {
    await TestBed.inject(LanguageState).use('en');

    http.get('/api/officer/me').subscribe();

    expect(httpTesting.expectOne('/api/officer/me').request.headers.get('Accept-Language')).toBe('en');
  });

  it('sends Vietnamese by default', () => {
    http.get('/api/officer/me').subscribe();

    expect(httpTesting.expectOne('/api/officer/me').request.headers.get('Accept-Language')).toBe('vi');
  });

  it('copies the XSRF cookie into the header of a POST', () => {
    document.cookie = 'XSRF-TOKEN=token-from-cookie; path=/';

    http.post('/api/officer/logout', null).subscribe();

    expect(httpTesting.expectOne('/api/officer/logout').request.headers.get('X-XSRF-TOKEN')).toBe(
      'token-from-cookie',
    );
  });

  it('returns to sign-in when an officer request finds no session', async () => {
    const navigate = spyOn(router, 'navigate').and.resolveTo(true);
    const request = firstValueFrom(http.get('/api/officer/declarations'));

    httpTesting
      .expectOne('/api/officer/declarations')
      .flush(UNAUTHENTICATED, { status: 401, statusText: 'Unauthorized' });

    await expectAsync(request).toBeRejected();
    expect(navigate).toHaveBeenCalledOnceWith(['/login'], { queryParams: { returnUrl: '/' } });
  });

  it('leaves a failed sign-in on the sign-in page', async () => {
    const navigate = spyOn(router, 'navigate').and.resolveTo(true);
    const request = firstValueFrom(http.post('/api/officer/login', { username: 'a', password: 'b' }));

    httpTesting
      .expectOne('/api/officer/login')
      .flush(UNAUTHENTICATED, { status: 401, statusText: 'Unauthorized' });

    await expectAsync(request).toBeRejected();
    expect(navigate).not.toHaveBeenCalled();
  });
});
