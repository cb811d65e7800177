import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type { DeclarationSummary, Page } from '@smartgate/shared-models';

import { LanguageState } from '../../core/i18n/language-state';
import { TEST_COUNTRIES, TEST_GATES, TEST_PURPOSES } from '../../../testing/declaration-factory';
import { provideTestTranslations } from '../../../testing/test-translations';
import { DeclarationQueue } from './declaration-queue';

const SUMMARY: DeclarationSummary = {
  id: '7f0c2a52-3f7e-4c55-9d0e-5b1f0a9e2c11',
  status: 'approved',
  version: 4,
  gateCode: 'LT',
  direction: 'entry',
  plannedCrossingDate: '2026-12-10',
  leadTravellerName: 'Nguyễn Văn An',
  travellerCount: 2,
  submittedAt: '2026-12-01T17:15:00.000Z',
  updatedAt: '2026-12-02T01:00:00.000Z',
  resultNumber: 'LT-2026-000001',
};

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('DeclarationQueue', () => {
  let fixture: ComponentFixture<DeclarationQueue>;
  let httpTesting: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTestTranslations(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    await TestBed.inject(LanguageState).use('en');
    httpTesting = TestBed.inject(HttpTestingController);

    fixture = TestBed.createComponent(DeclarationQueue);
    fixture.componentRef.setInput('status', 'approved');
    fixture.componentRef.setInput('page', '2');
    fixture.detectChanges();
    httpTesting.expectOne('/api/public/gates').flush(TEST_GATES);
    httpTesting.expectOne('/api/public/purposes').flush(TEST_PURPOSES);
    httpTesting.expectOne('/api/public/countries').flush(TEST_COUNTRIES);
  });

  afterEach(() => httpTesting.verify());

  async function answerList(page: Page<DeclarationSummary>): Promise<void> {
    const request = httpTesting.expectOne((candidate) => candidate.url === '/api/officer/declarations');
    request.flush(page);
    await settle();
    fixture.detectChanges();
  }

  function text(): string {
    return (fixture.nativeElement as HTMLElement).textContent ?? '';
  }

  it('asks the API for the status and page in the URL', () => {
    const request = httpTesting.expectOne((candidate) => candidate.url === '/api/officer/declarations');

    expect(request.request.params.get('status')).toBe('approved');
    expect(request.request.params.get('page')).toBe('2');
    expect(request.request.params.get('pageSize')).toBe('20');
    request.flush({ items: [], page: 2, pageSize: 20, total: 20 });
  });

  it('shows a row per declaration with local dates', async () => {
    await answerList({ items: [SUMMARY], page: 2, pageSize: 20, total: 21 });

    expect(text()).toContain('02/12/2026 00:15');
    expect(text()).toContain('Le Thanh International Border Gate');
    expect(text()).toContain('Entry');
    expect(text()).toContain('10/12/2026');
    expect(text()).toContain('Approved');
    const link = (fixture.nativeElement as HTMLElement).querySelector<HTMLAnchorElement>('td a');
    expect(link?.textContent?.trim()).toBe('Nguyễn Văn An');
    expect(link?.getAttribute('href')).toBe(`/${SUMMARY.id}`);
  });

  it('says so when no declaration has the status', async () => {
    await answerList({ items: [], page: 1, pageSize: 20, total: 0 });

    expect(text()).toContain('No declarations have this status.');
  });

  it('puts the chosen page in the URL', async () => {
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    await answerList({ items: [SUMMARY], page: 2, pageSize: 20, total: 45 });

    const nextPage = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>(
      'button[aria-label="Next page"]',
    );
    nextPage!.click();

    expect(navigate).toHaveBeenCalledOnceWith([], {
      queryParams: { status: 'approved', page: 3, pageSize: 20 },
    });
  });
});
