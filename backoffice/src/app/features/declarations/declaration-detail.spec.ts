import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { DeclarationView } from '@smartgate/shared-models';

import { LanguageState } from '../../core/i18n/language-state';
import {
  TEST_COUNTRIES,
  TEST_GATES,
  TEST_PURPOSES,
  buildDeclaration,
} from '../../../testing/declaration-factory';
import { flushScreeningRequests } from '../../../testing/screening-requests';
import { provideTestTranslations } from '../../../testing/test-translations';
import { DeclarationDetail } from './declaration-detail';

const DECLARATION = buildDeclaration();
const DECLARATION_URL = `/api/officer/declarations/${DECLARATION.id}`;

const VERSION_CONFLICT = {
  type: '/api/problems/version-conflict',
  title: 'Version conflict',
  status: 409,
};

/** Lets pending promise callbacks run. `whenStable` is no use here because it waits for every open request. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('DeclarationDetail', () => {
  let fixture: ComponentFixture<DeclarationDetail>;
  let httpTesting: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTestTranslations(),
        // Without animations the dialog closes at once instead of after its exit transition.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    await TestBed.inject(LanguageState).use('en');
    httpTesting = TestBed.inject(HttpTestingController);

    fixture = TestBed.createComponent(DeclarationDetail);
    fixture.componentRef.setInput('id', DECLARATION.id);
    fixture.detectChanges();
    answerReferenceData();
  });

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((container) => container.remove());
    // The hold panel asks who holds the declaration; its own spec checks what it shows.
    httpTesting
      .match((request) => request.url === `${DECLARATION_URL}/assignment`)
      .forEach((request) =>
        request.flush({ declarationId: DECLARATION.id, status: 'submitted', version: 1, assignment: null }),
      );
    // The rejection dialog lists the reason templates; its own spec checks them.
    httpTesting
      .match((request) => request.url === '/api/officer/reason-templates')
      .filter((request) => !request.cancelled)
      .forEach((request) => request.flush([]));
    flushScreeningRequests(httpTesting);
    httpTesting.verify();
  });

  async function render(): Promise<void> {
    await settle();
    fixture.detectChanges();
  }

  function answerReferenceData(): void {
    httpTesting.expectOne('/api/public/gates').flush(TEST_GATES);
    httpTesting.expectOne('/api/public/purposes').flush(TEST_PURPOSES);
    httpTesting.expectOne('/api/public/countries').flush(TEST_COUNTRIES);
  }

  async function showDeclaration(declaration: DeclarationView = DECLARATION): Promise<void> {
    httpTesting.expectOne({ method: 'GET', url: DECLARATION_URL }).flush(declaration);
    await render();
  }

  function text(): string {
    return (fixture.nativeElement as HTMLElement).textContent ?? '';
  }

  function button(name: string, root: ParentNode = fixture.nativeElement): HTMLButtonElement | undefined {
    return [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
  }

  function overlay(): HTMLElement {
    const container = document.querySelector<HTMLElement>('.cdk-overlay-container');
    if (!container) {
      throw new Error('No overlay is open.');
    }
    return container;
  }

  async function typeReasonAndConfirm(reason: string): Promise<void> {
    button('Reject')!.click();
    await render();

    const textarea = overlay().querySelector('textarea')!;
    textarea.value = reason;
    textarea.dispatchEvent(new Event('input'));
    button('Confirm rejection', overlay())!.click();
    await settle();
  }

  it('shows every field of the declaration', async () => {
    await showDeclaration();

    expect(text()).toContain('Le Thanh International Border Gate');
    expect(text()).toContain('Exit');
    expect(text()).toContain('10/12/2026');
    expect(text()).toContain('Work');
    expect(text()).toContain('Nguyễn Văn An');
    expect(text()).toContain('Companion 1');
    expect(text()).toContain('Nguyễn Trọng Thiện');
    expect(text()).toContain('Border pass');
    expect(text()).toContain('BP000123');
    expect(text()).toContain('15/09/2001');
    expect(text()).toContain('31/03/2027');
    expect(text()).toContain('Viet Nam');
    expect(text()).toContain('01/12/2026 10:15');
    expect(text()).toContain('Reference code: LT-7K3Q-9C2M');
  });

  it('approves with the version it showed', async () => {
    await showDeclaration();

    button('Approve')!.click();
    const request = httpTesting.expectOne({ method: 'POST', url: `${DECLARATION_URL}/approve` });
    expect(request.request.body).toEqual({ version: 3 });
    request.flush({ ...DECLARATION, status: 'approved', version: 4, decidedAt: '2026-12-01T04:00:00Z' });
    await render();

    expect(text()).toContain('Approved');
    expect(button('Approve')).toBeUndefined();
    expect(button('Reject')).toBeUndefined();
  });

  it('rejects with the reason typed in the dialog', async () => {
    await showDeclaration();

    await typeReasonAndConfirm('  Document number is unreadable.  ');
    const request = httpTesting.expectOne({ method: 'POST', url: `${DECLARATION_URL}/reject` });
    expect(request.request.body).toEqual({ version: 3, reason: 'Document number is unreadable.' });
    request.flush({
      ...DECLARATION,
      status: 'rejected',
      version: 4,
      decidedAt: '2026-12-01T04:00:00Z',
      rejectionReason: 'Document number is unreadable.',
    });
    await render();

    expect(text()).toContain('Rejected');
    expect(text()).toContain('Document number is unreadable.');
  });

  it('refuses to reject without a reason', async () => {
    await showDeclaration();

    await typeReasonAndConfirm('   ');
    await render();

    httpTesting.expectNone(`${DECLARATION_URL}/reject`);
    expect(overlay().textContent).toContain('Reason is missing.');
  });

  it('sends nothing when the rejection is cancelled', async () => {
    await showDeclaration();

    button('Reject')!.click();
    await render();
    button('Cancel', overlay())!.click();
    await settle();

    httpTesting.expectNone(`${DECLARATION_URL}/reject`);
    expect(button('Reject')).toBeDefined();
  });

  it('reloads and explains when another officer decided first', async () => {
    await showDeclaration();

    button('Approve')!.click();
    httpTesting
      .expectOne(`${DECLARATION_URL}/approve`)
      .flush(VERSION_CONFLICT, { status: 409, statusText: 'Conflict' });
    await settle();
    await showDeclaration({
      ...DECLARATION,
      status: 'rejected',
      version: 4,
      rejectionReason: 'Expired pass.',
    });

    expect(text()).toContain('Another officer handled this declaration first.');
    expect(text()).toContain('Expired pass.');
    expect(button('Approve')).toBeUndefined();
  });

  it('treats a status that moved on like a conflict', async () => {
    await showDeclaration();

    await typeReasonAndConfirm('Wrong gate.');
    httpTesting
      .expectOne(`${DECLARATION_URL}/reject`)
      .flush(
        { type: '/api/problems/invalid-status-transition', title: 'Invalid status', status: 409 },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    await showDeclaration({ ...DECLARATION, status: 'approved', version: 4 });

    expect(text()).toContain('Another officer handled this declaration first.');
    expect(text()).toContain('Approved');
  });

  it('says so when the declaration does not exist', async () => {
    httpTesting
      .expectOne(DECLARATION_URL)
      .flush(
        { type: '/api/problems/not-found', title: 'Not found', status: 404 },
        { status: 404, statusText: 'Not Found' },
      );
    await render();

    expect(text()).toContain('This declaration was not found');
  });
});
