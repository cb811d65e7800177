import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { WatchlistEntryView, WatchlistPage as WatchlistPageBody } from '@smartgate/shared-models';

import { LanguageState } from '../../../core/i18n/language-state';
import { provideTestTranslations } from '../../../../testing/test-translations';
import { WatchlistPage } from './watchlist-page';

const SEARCH_URL = '/api/officer/admin/watchlist/search';

const ENTRY: WatchlistEntryView = {
  id: '0b6f1e1c-4f4b-4a43-9a49-7c2b8d1e5f60',
  matchKind: 'name',
  value: 'Nguyễn Văn Đức',
  searchKey: 'nguyen van duc',
  documentType: null,
  documentCountry: null,
  dateOfBirth: '1980-01-31',
  reason: 'Cấm xuất cảnh',
  expiresAt: '2027-03-31T17:00:00.000Z',
  expiresOn: '2027-03-31',
  active: true,
  expired: false,
  createdBy: { id: 'admin-1', fullName: 'Lê Văn Cường' },
  createdAt: '2026-12-01T03:00:00.000Z',
  deactivatedBy: null,
  deactivatedAt: null,
  deactivationReason: null,
};

function page(items: WatchlistEntryView[]): WatchlistPageBody {
  return { items, page: 1, pageSize: 25, total: items.length };
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('WatchlistPage', () => {
  let fixture: ComponentFixture<WatchlistPage>;
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

    fixture = TestBed.createComponent(WatchlistPage);
    fixture.detectChanges();
  });

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((container) => container.remove());
    httpTesting.verify();
  });

  async function answerSearch(body: WatchlistPageBody): Promise<Record<string, unknown>> {
    const request = httpTesting.expectOne({ method: 'POST', url: SEARCH_URL });
    request.flush(body);
    await settle();
    fixture.detectChanges();
    return request.request.body as Record<string, unknown>;
  }

  function text(): string {
    return ((fixture.nativeElement as HTMLElement).textContent ?? '').replace(/\s+/g, ' ');
  }

  it('lists the entries in force with their reason and last day', async () => {
    const sent = await answerSearch(page([ENTRY]));

    expect(sent).toEqual(jasmine.objectContaining({ search: '', state: 'active', page: 1 }));
    expect(text()).toContain('Nguyễn Văn Đức');
    expect(text()).toContain('Cấm xuất cảnh');
    expect(text()).toContain('31/03/2027');
    expect(text()).toContain('In force');
  });

  it('sends the search text in the request body, never in the URL', async () => {
    await answerSearch(page([ENTRY]));
    const input = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>(
      'input[formcontrolname="search"]',
    )!;

    input.value = 'nguyen van duc';
    input.dispatchEvent(new Event('input'));
    (fixture.nativeElement as HTMLElement).querySelector<HTMLFormElement>('form.filters')!.requestSubmit();
    const sent = await answerSearch(page([ENTRY]));

    expect(sent['search']).toBe('nguyen van duc');
  });

  it('deactivates an entry with the reason typed in the dialog', async () => {
    await answerSearch(page([ENTRY]));
    const button = [...(fixture.nativeElement as HTMLElement).querySelectorAll('button')].find(
      (candidate) => candidate.textContent?.trim() === 'Deactivate',
    )!;

    button.click();
    await settle();
    const reason = document.querySelector<HTMLTextAreaElement>('.cdk-overlay-container textarea')!;
    reason.value = 'Lệnh đã được thu hồi';
    reason.dispatchEvent(new Event('input'));
    document.querySelector<HTMLFormElement>('.cdk-overlay-container form')!.requestSubmit();
    await settle();

    const request = httpTesting.expectOne({
      method: 'POST',
      url: `/api/officer/admin/watchlist/${ENTRY.id}/deactivate`,
    });
    expect(request.request.body).toEqual({ reason: 'Lệnh đã được thu hồi' });
    request.flush({ ...ENTRY, active: false });
    await settle();
    await answerSearch(page([]));
    expect(text()).toContain('No entry matches.');
  });

  it('shows a retry when the list fails to load', async () => {
    httpTesting.expectOne(SEARCH_URL).flush(null, { status: 500, statusText: 'Server Error' });
    await settle();
    fixture.detectChanges();

    expect(text()).toContain('The watchlist could not be loaded.');
  });
});
