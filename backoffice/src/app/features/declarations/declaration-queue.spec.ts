import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type { QueueItem, QueuePage, QueueSummaryList } from '@smartgate/shared-models';

import { LanguageState } from '../../core/i18n/language-state';
import { TEST_COUNTRIES, TEST_GATES, TEST_PURPOSES } from '../../../testing/declaration-factory';
import { provideTestTranslations } from '../../../testing/test-translations';
import { DeclarationQueue } from './declaration-queue';
import { QueueSearchState } from './queue/queue-search-state';

const ITEM: QueueItem = {
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
  decidedAt: '2026-12-02T01:00:00.000Z',
  resultNumber: 'LT-2026-000001',
  referenceCode: 'LT-7K3Q-9C2M',
  assignment: { officerId: 'a1', officerName: 'Lê Văn Cường', assignedAt: '2026-12-01T18:00:00.000Z' },
};

const SUMMARY: QueueSummaryList = {
  queues: [
    {
      queue: 'new',
      count: 12,
      countCapped: false,
      oldestAt: '2026-12-01T10:00:00.000Z',
      oldestAgeSeconds: 12_000,
    },
    { queue: 'mine', count: 0, countCapped: false, oldestAt: null, oldestAgeSeconds: null },
    {
      queue: 'others',
      count: 1,
      countCapped: false,
      oldestAt: '2026-12-01T10:00:00.000Z',
      oldestAgeSeconds: 60,
    },
    {
      queue: 'waiting',
      count: 2,
      countCapped: false,
      oldestAt: '2026-12-01T10:00:00.000Z',
      oldestAgeSeconds: 90_000,
    },
    {
      queue: 'approved',
      count: 10_000,
      countCapped: true,
      oldestAt: '2025-12-01T10:00:00.000Z',
      oldestAgeSeconds: 3e7,
    },
    {
      queue: 'rejected',
      count: 5,
      countCapped: false,
      oldestAt: '2026-11-01T10:00:00.000Z',
      oldestAgeSeconds: 3e6,
    },
  ],
};

function page(items: QueueItem[], total = items.length): QueuePage {
  return { items, page: 2, pageSize: 20, total, totalCapped: false };
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('DeclarationQueue', () => {
  let fixture: ComponentFixture<DeclarationQueue>;
  let httpTesting: HttpTestingController;
  let navigate: jasmine.Spy;

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
    navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);

    fixture = TestBed.createComponent(DeclarationQueue);
    fixture.componentRef.setInput('queue', 'approved');
    fixture.componentRef.setInput('page', '2');
    fixture.componentRef.setInput('gate', 'lt');
    fixture.detectChanges();
    httpTesting.expectOne('/api/public/gates').flush(TEST_GATES);
    httpTesting.expectOne('/api/public/purposes').flush(TEST_PURPOSES);
    httpTesting.expectOne('/api/public/countries').flush(TEST_COUNTRIES);
  });

  afterEach(() => httpTesting.verify());

  async function answer(list: QueuePage, summary: QueueSummaryList = SUMMARY): Promise<void> {
    httpTesting.expectOne((candidate) => candidate.url === '/api/officer/declarations').flush(list);
    httpTesting.expectOne('/api/officer/queue-summary').flush(summary);
    await settle();
    fixture.detectChanges();
  }

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function text(): string {
    return element().textContent ?? '';
  }

  it('asks the API for the queue, filters and page in the URL', async () => {
    const request = httpTesting.expectOne((candidate) => candidate.url === '/api/officer/declarations');

    expect(request.request.method).toBe('GET');
    expect(request.request.params.get('queue')).toBe('approved');
    expect(request.request.params.get('gate')).toBe('LT');
    expect(request.request.params.get('page')).toBe('2');
    expect(request.request.params.get('pageSize')).toBe('20');
    expect(request.request.params.has('search')).toBeFalse();
    request.flush(page([]));
    httpTesting.expectOne('/api/officer/queue-summary').flush(SUMMARY);
    await settle();
  });

  it('shows a row per declaration with local dates and its holder', async () => {
    await answer(page([ITEM], 21));

    expect(text()).toContain('02/12/2026 00:15');
    expect(text()).toContain('LT-7K3Q-9C2M');
    expect(text()).toContain('Le Thanh International Border Gate');
    expect(text()).toContain('Entry');
    expect(text()).toContain('10/12/2026');
    expect(text()).toContain('Lê Văn Cường');
    const link = element().querySelector<HTMLAnchorElement>('td a');
    expect(link?.textContent?.trim()).toBe('Nguyễn Văn An');
    expect(link?.getAttribute('href')).toBe(`/${ITEM.id}`);
  });

  it('shows cargo direction as import', async () => {
    await answer(page([{ ...ITEM, kind: 'cargo', businessName: 'Công ty TNHH Nông sản Đức Cơ' }]));

    const row = element().querySelector('tbody tr')?.textContent ?? '';
    expect(row).toContain('Import');
    expect(row).not.toContain('Entry');
    expect(row).toContain('Cargo');
  });

  it('shows each queue with its count and oldest age', async () => {
    await answer(page([ITEM]));

    const tabs = [...element().querySelectorAll('a[mat-tab-link]')].map((tab) => ({
      name: tab.querySelector('.tab-name')?.textContent?.replace(/\s+/g, ' ').trim(),
      age: tab.querySelector('.age')?.textContent?.trim(),
    }));
    expect(tabs[0]).toEqual({ name: 'New 12', age: 'Oldest: 3 h 20 min' });
    expect(tabs[3]).toEqual({ name: 'Waiting for the applicant 2', age: 'Oldest: 1 d 1 h' });
    expect(tabs[4].name).toBe('Approved 10,000+');
    expect(tabs[6]).toEqual({ name: 'All', age: undefined });
  });

  it('says so when the queue is empty', async () => {
    await answer(page([]));

    expect(text()).toContain('No declaration matches the search and filters.');
  });

  it('puts the chosen page in the URL', async () => {
    await answer(page([ITEM], 45));

    element().querySelector<HTMLButtonElement>('button[aria-label="Next page"]')!.click();

    expect(navigate).toHaveBeenCalledOnceWith([], {
      queryParams: { queue: 'approved', page: 3, pageSize: 20, gate: 'LT' },
    });
  });

  it('puts the chosen sort in the URL from the first page', async () => {
    await answer(page([ITEM]));

    element().querySelector<HTMLElement>('th.mat-column-leadTraveller .mat-sort-header-container')!.click();

    expect(navigate).toHaveBeenCalledOnceWith([], {
      queryParams: {
        queue: 'approved',
        page: 1,
        pageSize: 20,
        sort: 'leadTravellerName',
        order: 'asc',
        gate: 'LT',
      },
    });
  });

  it('searches by POST and keeps the text out of the URL', async () => {
    await answer(page([ITEM]));
    const input = element().querySelector<HTMLInputElement>('input[type="search"]')!;

    input.value = 'nguyen van duc';
    input.dispatchEvent(new Event('input'));
    element().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    fixture.detectChanges();

    const search = httpTesting.expectOne((candidate) => candidate.url === '/api/officer/declarations/search');
    expect(search.request.method).toBe('POST');
    expect(search.request.body).toEqual(
      jasmine.objectContaining({ search: 'nguyen van duc', queue: 'approved' }),
    );
    const url = navigate.calls.mostRecent().args[1] as { queryParams: Record<string, unknown> };
    expect(url.queryParams).toEqual({ queue: 'all', page: 1, pageSize: 20, gate: 'LT' });
    expect(TestBed.inject(QueueSearchState).text()).toBe('nguyen van duc');
    search.flush(page([ITEM]));
    httpTesting.expectOne('/api/officer/queue-summary').flush(SUMMARY);
    await settle();
  });

  it('filters by declaration kind', async () => {
    await answer(page([ITEM]));

    element().querySelector<HTMLElement>('mat-select[formcontrolname="declarationKind"]')!.click();
    fixture.detectChanges();
    const options = [...document.querySelectorAll<HTMLElement>('mat-option')];
    expect(options.map((option) => option.textContent?.trim())).toEqual(['Any', 'Travellers', 'Cargo']);
    options[2].click();
    element().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

    expect(navigate).toHaveBeenCalledOnceWith([], {
      queryParams: { queue: 'approved', pageSize: 20, declarationKind: 'cargo', gate: 'LT', page: 1 },
    });
    fixture.componentRef.setInput('declarationKind', 'cargo');
    fixture.detectChanges();
    const request = httpTesting.expectOne((candidate) => candidate.url === '/api/officer/declarations');
    expect(request.request.params.get('declarationKind')).toBe('cargo');
    request.flush(page([]));
    httpTesting.expectOne('/api/officer/queue-summary').flush(SUMMARY);
    await settle();
  });

  it('ignores an unknown declaration kind', async () => {
    await answer(page([ITEM]));

    fixture.componentRef.setInput('declarationKind', 'ship');
    fixture.componentRef.setInput('page', '1');
    fixture.detectChanges();

    const request = httpTesting.expectOne((candidate) => candidate.url === '/api/officer/declarations');
    expect(request.request.params.has('declarationKind')).toBeFalse();
    request.flush(page([]));
    httpTesting.expectOne('/api/officer/queue-summary').flush(SUMMARY);
    await settle();
  });

  it('explains a one-character search instead of sending it', async () => {
    await answer(page([ITEM]));
    const input = element().querySelector<HTMLInputElement>('input[type="search"]')!;

    input.value = 'n';
    input.dispatchEvent(new Event('input'));
    element().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    fixture.detectChanges();

    expect(text()).toContain('Search: please type at least 2 characters.');
    expect(navigate).not.toHaveBeenCalled();
  });
});
