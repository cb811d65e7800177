import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { AuditTrailPage } from '@smartgate/shared-models';

import { LanguageState } from '../../../core/i18n/language-state';
import { provideTestTranslations } from '../../../../testing/test-translations';
import { AuditLogPage } from './audit-log-page';

const SEARCH_URL = '/api/officer/admin/audit-log';

const PAGE: AuditTrailPage = {
  items: [
    {
      id: '7',
      at: '2026-12-04T18:05:00.000Z',
      actorType: 'officer',
      actorId: 'a1',
      officerName: 'Lê Văn Cường',
      officerUsername: 'cuong.le',
      action: 'declaration.rejected',
      declarationId: '7f0c2a52-3f7e-4c55-9d0e-5b1f0a9e2c11',
      referenceCode: 'LT-7K3Q-9C2M',
      ip: '10.0.0.7',
      details: null,
    },
  ],
  page: 1,
  pageSize: 50,
  total: 1,
  timeZone: 'Asia/Ho_Chi_Minh',
};

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('AuditLogPage', () => {
  let fixture: ComponentFixture<AuditLogPage>;
  let httpTesting: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTestTranslations(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    await TestBed.inject(LanguageState).use('en');
    httpTesting = TestBed.inject(HttpTestingController);

    fixture = TestBed.createComponent(AuditLogPage);
    fixture.detectChanges();
    httpTesting.expectOne('/api/officer/admin/officers').flush([]);
    await render();
  });

  afterEach(() => {
    httpTesting.verify();
  });

  async function render(): Promise<void> {
    await settle();
    fixture.detectChanges();
  }

  function field(label: string): HTMLInputElement {
    const formField = [...(fixture.nativeElement as HTMLElement).querySelectorAll('mat-form-field')].find(
      (candidate) => candidate.querySelector('mat-label')?.textContent?.trim() === label,
    );
    return formField!.querySelector('input')!;
  }

  function type(label: string, value: string): void {
    const input = field(label);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function searchButton(): HTMLButtonElement {
    return (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('button[type="submit"]')!;
  }

  it('searches with the filters given and shows the entries', async () => {
    type('Record id or reference code', 'lt 7k3q 9c2m');
    type('From', '01/12/2026');
    type('To', '05/12/2026');
    searchButton().click();

    const request = httpTesting.expectOne((candidate) => candidate.url === SEARCH_URL);
    expect(request.request.params.get('record')).toBe('lt 7k3q 9c2m');
    expect(request.request.params.has('action')).toBeFalse();
    expect(request.request.params.get('from')).toBe('2026-12-01');
    expect(request.request.params.get('to')).toBe('2026-12-05');
    expect(request.request.params.has('ip')).toBeFalse();
    request.flush(PAGE);
    await render();

    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('1 matching entries');
    expect(text).toContain('Rejected');
    expect(text).toContain('LT-7K3Q-9C2M');
    expect(text).toContain('05/12/2026 01:05');
    expect(text).toContain('04/12/2026 18:05 UTC');
  });

  it('names an invalid filter without asking the API', async () => {
    type('IP address', '10.0.0.x');
    type('From', '05/12/2026');
    type('To', '01/12/2026');
    searchButton().click();
    await render();

    httpTesting.expectNone((candidate) => candidate.url === SEARCH_URL);
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('IP address has an invalid value.');
    expect(text).toContain('To is before the start date.');
  });

  it('searches by an action chosen by label', async () => {
    // The first select is the officer's, the second the action's.
    (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('mat-select')[1].click();
    await render();

    const options = [...document.querySelectorAll<HTMLElement>('mat-option')];
    const rejected = options.find((option) => option.textContent?.trim() === 'Rejected')!;
    expect(options.some((option) => option.textContent?.includes('declaration.'))).toBeFalse();
    rejected.click();
    await render();
    searchButton().click();

    const request = httpTesting.expectOne((candidate) => candidate.url === SEARCH_URL);
    expect(request.request.params.get('action')).toBe('declaration.rejected');
    request.flush(PAGE);
    await render();
  });

  it('names an unreadable day', async () => {
    type('From', '31/02/2026');
    searchButton().click();
    await render();

    httpTesting.expectNone((candidate) => candidate.url === SEARCH_URL);
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('From is not a valid date.');
  });
});
