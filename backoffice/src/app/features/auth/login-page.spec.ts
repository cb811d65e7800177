import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';

import { LanguageState } from '../../core/i18n/language-state';
import { provideTestTranslations } from '../../../testing/test-translations';
import { LoginPage } from './login-page';

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

  it('names each missing field and sends nothing', async () => {
    await submit();

    httpTesting.expectNone('/api/officer/login');
    expect(element().textContent).toContain('Username is missing.');
    expect(element().textContent).toContain('Password is missing.');
  });

  it('signs in and opens the requested page', async () => {
    type('input[autocomplete="username"]', '  Officer1 ');
    type('input[type="password"]', 'correct horse battery');
    await submit();

    const request = httpTesting.expectOne({ method: 'POST', url: '/api/officer/login' });
    expect(request.request.body).toEqual({ username: '  Officer1 ', password: 'correct horse battery' });
    request.flush({ id: '1', username: 'officer1', fullName: 'Trần Thị Bình', role: 'reviewer' });
    await settle();

    expect(navigateByUrl).toHaveBeenCalledOnceWith('/declarations/abc');
  });

  it('explains wrong credentials', async () => {
    type('input[autocomplete="username"]', 'officer1');
    type('input[type="password"]', 'wrong');
    await submit();

    httpTesting
      .expectOne('/api/officer/login')
      .flush(
        { type: '/api/problems/invalid-credentials', title: 'Invalid credentials', status: 401 },
        { status: 401, statusText: 'Unauthorized' },
      );
    await settle();
    fixture.detectChanges();

    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      'The username or password is incorrect.',
    );
    expect(navigateByUrl).not.toHaveBeenCalled();
  });
});
