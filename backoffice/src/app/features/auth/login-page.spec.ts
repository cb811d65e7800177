import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { OfficerProfile, OfficerSignInResult } from '@smartgate/shared-models';

import { LanguageState } from '../../core/i18n/language-state';
import { provideTestTranslations } from '../../../testing/test-translations';
import { LoginPage } from './login-page';

const OFFICER: OfficerProfile = {
  id: '1',
  username: 'officer1',
  fullName: 'Trần Thị Bình',
  role: 'reviewer',
  gateCodes: ['LT'],
  passwordChangeRequired: false,
};

const SETUP: OfficerSignInResult = {
  status: 'totp-setup-required',
  setup: {
    secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
    otpauthUri: 'otpauth://totp/SmartGate:officer1?issuer=SmartGate&secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
    qrCodeDataUrl: 'data:image/svg+xml;base64,PHN2Zy8+',
  },
};

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let httpTesting: HttpTestingController;
  let navigateByUrl: jasmine.Spy;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTestTranslations(),
      ],
    });
    await TestBed.inject(LanguageState).use('en');
    httpTesting = TestBed.inject(HttpTestingController);
    navigateByUrl = spyOn(TestBed.inject(Router), 'navigateByUrl').and.resolveTo(true);

    fixture = TestBed.createComponent(LoginPage);
    fixture.componentRef.setInput('returnUrl', '/declarations/abc');
    fixture.detectChanges();
  });

  afterEach(() => httpTesting.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function type(selector: string, value: string): void {
    const input = element().querySelector<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    element().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();
    fixture.detectChanges();
  }

  async function answer(url: string, body: object, status = 200): Promise<void> {
    const statusText = status === 200 ? 'OK' : 'Error';
    httpTesting.expectOne({ method: 'POST', url }).flush(body, { status, statusText });
    await settle();
    fixture.detectChanges();
  }

  async function enterPassword(): Promise<void> {
    type('input[autocomplete="username"]', '  Officer1 ');
    type('input[type="password"]', 'correct horse battery');
    await submit();
  }

  function alertText(): string | undefined {
    return element().querySelector('[role="alert"]')?.textContent?.trim();
  }

  it('names each missing field and sends nothing', async () => {
    await submit();

    httpTesting.expectNone('/api/officer/login');
    expect(element().textContent).toContain('Username is missing.');
    expect(element().textContent).toContain('Password is missing.');
  });

  it('asks for the code after the password', async () => {
    await enterPassword();

    const request = httpTesting.expectOne({ method: 'POST', url: '/api/officer/login' });
    expect(request.request.body).toEqual({ username: '  Officer1 ', password: 'correct horse battery' });
    request.flush({ status: 'totp-required' });
    await settle();
    fixture.detectChanges();

    expect(element().querySelector('input[autocomplete="one-time-code"]')).not.toBeNull();
    expect(element().textContent).toContain('Enter the 6-digit code');
    expect(navigateByUrl).not.toHaveBeenCalled();
  });

  it('signs in with the code and opens the requested page', async () => {
    await enterPassword();
    await answer('/api/officer/login', { status: 'totp-required' });
    type('input[autocomplete="one-time-code"]', '123 456');
    await submit();

    const request = httpTesting.expectOne({ method: 'POST', url: '/api/officer/login/totp' });
    expect(request.request.body).toEqual({ code: '123 456' });
    request.flush({ status: 'signed-in', officer: OFFICER });
    await settle();

    expect(navigateByUrl).toHaveBeenCalledOnceWith('/declarations/abc');
  });

  it('names a malformed code and sends nothing', async () => {
    await enterPassword();
    await answer('/api/officer/login', { status: 'totp-required' });
    type('input[autocomplete="one-time-code"]', '12ab');
    await submit();

    httpTesting.expectNone('/api/officer/login/totp');
    expect(element().textContent).toContain(
      'Authenticator code must be the 6 digits that the authenticator app shows.',
    );
  });

  it('shows the secret and QR code on the first sign-in', async () => {
    await enterPassword();
    await answer('/api/officer/login', SETUP);

    const image = element().querySelector<HTMLImageElement>('img');
    const secret = element().querySelector<HTMLInputElement>('input[readonly]');
    expect(image?.getAttribute('src')).toBe('data:image/svg+xml;base64,PHN2Zy8+');
    expect(image?.alt).toBe('QR code for adding SmartGate to the authenticator app');
    expect(secret?.value).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(element().textContent).toContain('Set up your authenticator app');

    type('input[autocomplete="one-time-code"]', '654321');
    await submit();
    await answer('/api/officer/login/totp', { status: 'signed-in', officer: OFFICER });

    expect(navigateByUrl).toHaveBeenCalledOnceWith('/declarations/abc');
  });

  it('explains wrong credentials', async () => {
    await enterPassword();
    await answer(
      '/api/officer/login',
      { type: '/api/problems/invalid-credentials', title: 'Invalid credentials', status: 401 },
      401,
    );

    expect(alertText()).toBe('The username or password is incorrect.');
    expect(navigateByUrl).not.toHaveBeenCalled();
  });

  it('shows why a code was refused', async () => {
    await enterPassword();
    await answer('/api/officer/login', { status: 'totp-required' });
    type('input[autocomplete="one-time-code"]', '111111');
    await submit();
    await answer(
      '/api/officer/login/totp',
      {
        type: '/api/problems/invalid-credentials',
        title: 'The sign-in details are incorrect.',
        status: 401,
        detail: 'This code has already been used. Please wait for the next code in your authenticator app.',
      },
      401,
    );

    expect(alertText()).toBe(
      'This code has already been used. Please wait for the next code in your authenticator app.',
    );
    expect(element().querySelector('input[autocomplete="one-time-code"]')).not.toBeNull();
    expect(element().querySelector('mat-error')).toBeNull();
    expect(element().textContent).not.toContain('is missing');
  });

  it('explains a locked account and returns to the password', async () => {
    await enterPassword();
    await answer('/api/officer/login', { status: 'totp-required' });
    type('input[autocomplete="one-time-code"]', '111111');
    await submit();
    const detail =
      'After 5 failed sign-ins this account is locked for 15 minutes. Please try again later, or ask an administrator to unlock it.';
    await answer(
      '/api/officer/login/totp',
      { type: '/api/problems/account-locked', title: 'Locked', status: 423, detail },
      423,
    );

    expect(alertText()).toBe(detail);
    expect(element().querySelector('input[autocomplete="username"]')).not.toBeNull();
  });
});
