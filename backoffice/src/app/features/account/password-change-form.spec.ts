import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { OfficerProfile } from '@smartgate/shared-models';

import { LanguageState } from '../../core/i18n/language-state';
import { provideTestTranslations } from '../../../testing/test-translations';
import { PasswordChangeForm } from './password-change-form';

const PROFILE: OfficerProfile = {
  id: '1',
  username: 'officer1',
  fullName: 'Trần Thị Bình',
  role: 'reviewer',
  gateCodes: ['LT'],
  passwordChangeRequired: false,
};

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('PasswordChangeForm', () => {
  let fixture: ComponentFixture<PasswordChangeForm>;
  let httpTesting: HttpTestingController;
  let changed: OfficerProfile[];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations()],
    });
    await TestBed.inject(LanguageState).use('en');
    httpTesting = TestBed.inject(HttpTestingController);

    fixture = TestBed.createComponent(PasswordChangeForm);
    changed = [];
    fixture.componentInstance.changed.subscribe((profile) => changed.push(profile));
    fixture.detectChanges();
  });

  afterEach(() => httpTesting.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function fill(current: string, next: string, repeat: string): void {
    const inputs = element().querySelectorAll<HTMLInputElement>('input[type="password"]');
    [current, next, repeat].forEach((value, index) => {
      inputs[index].value = value;
      inputs[index].dispatchEvent(new Event('input'));
    });
  }

  async function submit(): Promise<void> {
    element().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();
    fixture.detectChanges();
  }

  it('names a short and a repeated password that differs', async () => {
    fill('old password 1', 'short', 'shorter');
    await submit();

    httpTesting.expectNone('/api/officer/me/password');
    expect(element().textContent).toContain('New password must have at least 10 characters.');
    expect(element().textContent).toContain('The two new passwords differ.');
  });

  it('sends the change and reports the new profile', async () => {
    fill('old password 1', 'a new password 2', 'a new password 2');
    await submit();

    const request = httpTesting.expectOne({ method: 'POST', url: '/api/officer/me/password' });
    expect(request.request.body).toEqual({
      currentPassword: 'old password 1',
      newPassword: 'a new password 2',
    });
    request.flush(PROFILE);
    await settle();

    expect(changed).toEqual([PROFILE]);
  });

  it('marks a wrong current password', async () => {
    fill('wrong password', 'a new password 2', 'a new password 2');
    await submit();

    httpTesting.expectOne('/api/officer/me/password').flush(
      {
        type: '/api/problems/validation-failed',
        title: 'Invalid',
        status: 400,
        errors: [
          {
            path: 'currentPassword',
            code: 'currentPasswordWrong',
            message: 'Current password is incorrect.',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    fixture.detectChanges();

    expect(element().textContent).toContain(
      'Current password is incorrect. Please enter the password you signed in with.',
    );
    expect(changed).toEqual([]);
  });
});
