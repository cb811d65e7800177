import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type {
  BulkApprovalResult,
  OfficerProfile,
  QueueItem,
  QueuePage,
  QueueSummaryList,
} from '@smartgate/shared-models';
import { of } from 'rxjs';

import { OfficerAuthApi } from '../../../core/api/officer-auth-api';
import { AuthState } from '../../../core/auth/auth-state';
import { LanguageState } from '../../../core/i18n/language-state';
import { TEST_COUNTRIES, TEST_GATES, TEST_PURPOSES } from '../../../../testing/declaration-factory';
import { provideTestTranslations } from '../../../../testing/test-translations';
import { DeclarationQueue } from '../declaration-queue';

const LIST_URL = '/api/officer/declarations';
const SUMMARIES_URL = '/api/officer/declarations/screening-summaries';
const BULK_URL = '/api/officer/declarations/bulk-approve';

function item(id: string, referenceCode: string): QueueItem {
  return {
    id,
    status: 'submitted',
    version: 2,
    gateCode: 'LT',
    direction: 'exit',
    plannedCrossingDate: '2026-12-10',
    leadTravellerName: 'Nguyễn Văn An',
    travellerCount: 1,
    submittedAt: '2026-12-01T17:15:00.000Z',
    updatedAt: '2026-12-01T17:15:00.000Z',
    decidedAt: null,
    resultNumber: null,
    referenceCode,
    assignment: null,
  };
}

const CLEAN = item('11111111-1111-4111-8111-111111111111', 'LT-AAAA-1111');
const FLAGGED = item('22222222-2222-4222-8222-222222222222', 'LT-BBBB-2222');
const PAGE: QueuePage = { items: [CLEAN, FLAGGED], page: 1, pageSize: 20, total: 2, totalCapped: false };
const NO_SUMMARY: QueueSummaryList = { queues: [] };

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('bulk approval in the queue', () => {
  let fixture: ComponentFixture<DeclarationQueue>;
  let httpTesting: HttpTestingController;

  async function create(role: OfficerProfile['role']): Promise<void> {
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
    spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    const profile = { id: 'me', username: 'me', fullName: 'Trần Thị Bình', role } as OfficerProfile;
    spyOn(TestBed.inject(OfficerAuthApi), 'currentOfficer').and.returnValue(of(profile));
    await TestBed.inject(AuthState).ensureOfficer();

    fixture = TestBed.createComponent(DeclarationQueue);
    fixture.componentRef.setInput('queue', 'new');
    fixture.detectChanges();
    httpTesting.expectOne('/api/public/gates').flush(TEST_GATES);
    httpTesting.expectOne('/api/public/purposes').flush(TEST_PURPOSES);
    httpTesting.expectOne('/api/public/countries').flush(TEST_COUNTRIES);
    httpTesting.expectOne((request) => request.url === LIST_URL && request.method === 'GET').flush(PAGE);
    httpTesting.expectOne('/api/officer/queue-summary').flush(NO_SUMMARY);
    await settle();
    fixture.detectChanges();
  }

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((container) => container.remove());
    httpTesting.verify();
  });

  async function answerSummaries(): Promise<void> {
    const request = httpTesting.expectOne({ method: 'POST', url: SUMMARIES_URL });
    expect(request.request.body).toEqual({ ids: [CLEAN.id, FLAGGED.id] });
    request.flush({
      items: [
        { declarationId: CLEAN.id, clean: true, flagKinds: [] },
        { declarationId: FLAGGED.id, clean: false, flagKinds: ['watchlist'] },
      ],
    });
    await settle();
    fixture.detectChanges();
  }

  function rowCheckboxes(): HTMLInputElement[] {
    return [
      ...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLInputElement>(
        'td input[type="checkbox"]',
      ),
    ];
  }

  function buttonNamed(root: ParentNode, text: string): HTMLButtonElement {
    return [...root.querySelectorAll('button')].find((button) => button.textContent?.includes(text))!;
  }

  it('enables the checkbox of clean records only', async () => {
    await create('supervisor');
    await answerSummaries();

    const [clean, flagged] = rowCheckboxes();
    expect(clean.disabled).toBeFalse();
    expect(flagged.disabled).toBeTrue();
    expect(flagged.getAttribute('aria-label')).toContain('has screening flags');
  });

  it('approves the selected records after confirmation and lists each outcome', async () => {
    await create('supervisor');
    await answerSummaries();

    rowCheckboxes()[0].click();
    fixture.detectChanges();
    buttonNamed(fixture.nativeElement as HTMLElement, 'Approve selected (1)').click();
    await settle();
    const overlay = document.querySelector('.cdk-overlay-container')!;
    expect(overlay.textContent).toContain('LT-AAAA-1111');
    buttonNamed(overlay, 'Approve 1').click();
    const request = httpTesting.expectOne({ method: 'POST', url: BULK_URL });
    expect(request.request.body).toEqual({ items: [{ id: CLEAN.id, version: 2 }] });
    const result: BulkApprovalResult = {
      approved: 0,
      refused: 1,
      results: [{ id: CLEAN.id, outcome: 'conflict', version: null, referenceCode: null, flagKinds: [] }],
    };
    request.flush(result);
    await settle();
    fixture.detectChanges();

    expect(overlay.textContent).toContain('Approved: 0. Refused: 1.');
    expect(overlay.textContent).toContain('refused: changed meanwhile');
    buttonNamed(overlay, 'Close').click();
    await settle();
    httpTesting
      .expectOne((candidate) => candidate.url === LIST_URL && candidate.method === 'GET')
      .flush(PAGE);
    httpTesting.expectOne('/api/officer/queue-summary').flush(NO_SUMMARY);
    await settle();
    await answerSummaries();
  });

  it('shows no checkboxes to a reviewer', async () => {
    await create('reviewer');

    expect(rowCheckboxes()).toEqual([]);
    httpTesting.expectNone(SUMMARIES_URL);
  });
});
