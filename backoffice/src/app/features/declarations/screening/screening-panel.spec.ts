import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { DeclarationScreening, ScreeningFlag } from '@smartgate/shared-models';

import { LanguageState } from '../../../core/i18n/language-state';
import { provideTestTranslations } from '../../../../testing/test-translations';
import { ScreeningPanel } from './screening-panel';

const ID = '7f0c2a52-3f7e-4c55-9d0e-5b1f0a9e2c11';
const URL = `/api/officer/declarations/${ID}/screening`;

const NO_DETAILS = { goodsLinePosition: null, watchlistEntry: null, rejection: null, expiry: null };

const WATCHLIST_FLAG: ScreeningFlag = {
  ...NO_DETAILS,
  kind: 'watchlist',
  subject: 'documentNumber',
  travellerPosition: 1,
  value: 'C7654321',
  watchlistEntry: {
    id: 'entry-1',
    matchKind: 'document_number',
    reason: 'Lệnh truy nã số 12',
    expiresAt: '2027-01-01T17:00:00.000Z',
  },
};
const EXPIRY_FLAG: ScreeningFlag = {
  ...NO_DETAILS,
  kind: 'document_expires_in_validity',
  subject: 'documentNumber',
  travellerPosition: 0,
  value: 'C1234567',
  expiry: { expiresOn: '2026-12-06', neededUntil: '2026-12-07' },
};

function screening(flags: ScreeningFlag[]): DeclarationScreening {
  return { declarationId: ID, clean: flags.length === 0, flags, screenedAt: '2026-12-05T01:00:00.000Z' };
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('ScreeningPanel', () => {
  let fixture: ComponentFixture<ScreeningPanel>;
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

    fixture = TestBed.createComponent(ScreeningPanel);
    fixture.componentRef.setInput('declarationId', ID);
    fixture.componentRef.setInput('version', 2);
    fixture.detectChanges();
  });

  afterEach(() => httpTesting.verify());

  async function answer(body: DeclarationScreening): Promise<void> {
    httpTesting.expectOne({ method: 'GET', url: URL }).flush(body);
    await settle();
    fixture.detectChanges();
  }

  function text(): string {
    return ((fixture.nativeElement as HTMLElement).textContent ?? '').replace(/\s+/g, ' ');
  }

  it('says when screening raised no flag', async () => {
    await answer(screening([]));

    expect(text()).toContain('Screening raised no flag.');
  });

  it('shows each flag beside the person and value it concerns', async () => {
    await answer(screening([EXPIRY_FLAG, WATCHLIST_FLAG]));

    const items = [...(fixture.nativeElement as HTMLElement).querySelectorAll('li')];
    expect(text()).toContain('Flags raised: 2');
    expect(items.length).toBe(2);
    expect(items[0].textContent).toContain('Document expires before the result validity ends');
    expect(items[0].textContent).toContain('Person 1');
    expect(items[0].textContent).toContain('06/12/2026');
    expect(items[1].textContent).toContain('Watchlist match');
    expect(items[1].textContent).toContain('Person 2');
    expect(items[1].textContent).toContain('C7654321');
    expect(items[1].textContent).toContain('Lệnh truy nã số 12');
    expect(items[1].classList).toContain('severe');
  });

  it('loads again when the declaration version changes', async () => {
    await answer(screening([WATCHLIST_FLAG]));

    fixture.componentRef.setInput('version', 3);
    fixture.detectChanges();
    await answer(screening([]));

    expect(text()).toContain('Screening raised no flag.');
  });

  it('offers a retry when loading fails', async () => {
    httpTesting.expectOne(URL).flush(null, { status: 500, statusText: 'Server Error' });
    await settle();
    fixture.detectChanges();

    expect(text()).toContain('The screening could not be loaded.');
    (fixture.nativeElement as HTMLElement).querySelector('button')!.click();
    await answer(screening([]));
    expect(text()).toContain('Screening raised no flag.');
  });
});
