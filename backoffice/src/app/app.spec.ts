import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { OfficerProfile } from '@smartgate/shared-models';

import { provideTestTranslations } from '../testing/test-translations';
import { App } from './app';
import { AuthState } from './core/auth/auth-state';
import { LanguageState } from './core/i18n/language-state';

describe('App toolbar', () => {
  let httpTesting: HttpTestingController;

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
  });

  afterEach(() => {
    httpTesting.verify();
  });

  async function queueLinkFor(role: OfficerProfile['role']): Promise<HTMLAnchorElement | undefined> {
    const signedIn = TestBed.inject(AuthState).ensureOfficer();
    httpTesting
      .expectOne('/api/officer/me')
      .flush({ id: 'officer-3', username: 'lan.pham', fullName: 'Phạm Thị Lan', role });
    await signedIn;

    const fixture = TestBed.createComponent(App);
    fixture.detectChanges();
    const links = [...(fixture.nativeElement as HTMLElement).querySelectorAll('a')];
    return links.find((link) => link.textContent?.trim() === 'Job queues');
  }

  for (const role of ['supervisor', 'administrator'] as const) {
    it(`links a ${role} to the queue page`, async () => {
      const link = await queueLinkFor(role);

      expect(link?.getAttribute('href')).toBe('/api/officer/queues');
    });
  }

  for (const role of ['reviewer', 'gate_officer'] as const) {
    it(`hides the queue page from a ${role}`, async () => {
      expect(await queueLinkFor(role)).toBeUndefined();
    });
  }
});
