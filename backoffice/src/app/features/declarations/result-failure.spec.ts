import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ErrorHandler } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { DeclarationView, OfficerProfile, ResultView } from '@smartgate/shared-models';

import { AuthState } from '../../core/auth/auth-state';
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

const FAILED_RESULT: ResultView = {
  number: 'LT-2026-000043',
  status: 'failed',
  validFrom: '2026-12-10',
  validUntil: '2026-12-12',
  issuedAt: null,
  revokedAt: null,
  revocationReason: null,
};
const FAILED = buildDeclaration({
  status: 'approved',
  version: 4,
  decidedAt: '2026-12-01T04:00:00.000Z',
  result: FAILED_RESULT,
});
const PENDING_AGAIN = buildDeclaration({ ...FAILED, result: { ...FAILED_RESULT, status: 'pending' } });
const DECLARATION_URL = `/api/officer/declarations/${FAILED.id}`;
const RETRY_URL = `${DECLARATION_URL}/retry-result`;

function officer(role: OfficerProfile['role']): OfficerProfile {
  return {
    id: 'officer-2',
    username: 'minh.tran',
    fullName: 'Trần Văn Minh',
    role,
    gateCodes: ['LT'],
    passwordChangeRequired: false,
  };
}

/** Lets pending promise callbacks run. `whenStable` is no use here because it waits for every open request. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('ResultFailure on the declaration page', () => {
  let fixture: ComponentFixture<DeclarationDetail>;
  let httpTesting: HttpTestingController;
  let errorHandler: jasmine.SpyObj<ErrorHandler>;

  beforeEach(async () => {
    errorHandler = jasmine.createSpyObj<ErrorHandler>('ErrorHandler', ['handleError']);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTestTranslations(),
        { provide: ErrorHandler, useValue: errorHandler },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    await TestBed.inject(LanguageState).use('en');
    httpTesting = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((container) => container.remove());
    // Supervisors and administrators also see the record's audit trail; its own spec checks it.
    httpTesting
      .match((request) => request.url.endsWith('/trail'))
      .filter((request) => !request.cancelled)
      .forEach((request) =>
        request.flush({ items: [], page: 1, pageSize: 10, total: 0, timeZone: 'Asia/Ho_Chi_Minh' }),
      );
    flushScreeningRequests(httpTesting);
    httpTesting.verify();
  });

  async function render(): Promise<void> {
    await settle();
    fixture.detectChanges();
  }

  /** Signs in an officer of `role` and opens the page of `declaration`. */
  async function openAs(role: OfficerProfile['role'], declaration: DeclarationView = FAILED): Promise<void> {
    const signedIn = TestBed.inject(AuthState).ensureOfficer();
    httpTesting.expectOne('/api/officer/me').flush(officer(role));
    await signedIn;

    fixture = TestBed.createComponent(DeclarationDetail);
    fixture.componentRef.setInput('id', declaration.id);
    fixture.detectChanges();
    httpTesting.expectOne('/api/public/gates').flush(TEST_GATES);
    httpTesting.expectOne('/api/public/purposes').flush(TEST_PURPOSES);
    httpTesting.expectOne('/api/public/countries').flush(TEST_COUNTRIES);
    httpTesting.expectOne({ method: 'GET', url: DECLARATION_URL }).flush(declaration);
    await render();
  }

  function text(root: ParentNode = fixture.nativeElement): string {
    return (root as HTMLElement).textContent ?? '';
  }

  function retryButton(): HTMLButtonElement | undefined {
    return [...(fixture.nativeElement as HTMLElement).querySelectorAll('button')].find(
      (candidate) => candidate.textContent?.trim() === 'Generate the result again',
    );
  }

  function snackBarText(): string {
    return document.querySelector('.cdk-overlay-container')?.textContent ?? '';
  }

  it('shows the failure to every officer', async () => {
    await openAs('reviewer');

    expect(text()).toContain('Generation failed');
    expect(text()).toContain('The result document could not be generated');
    expect(retryButton()).toBeUndefined();
  });

  for (const role of ['supervisor', 'administrator'] as const) {
    it(`offers the retry to a ${role}`, async () => {
      await openAs(role);

      expect(retryButton()).toBeDefined();
    });
  }

  it('shows nothing while the result is pending', async () => {
    await openAs('supervisor', PENDING_AGAIN);

    expect(text()).not.toContain('The result document could not be generated');
    expect(retryButton()).toBeUndefined();
  });

  it('queues the result again and reloads', async () => {
    await openAs('supervisor');

    retryButton()!.click();
    await settle();
    const request = httpTesting.expectOne({ method: 'POST', url: RETRY_URL });
    expect(request.request.body).toEqual({});
    request.flush(PENDING_AGAIN);
    await settle();
    httpTesting.expectOne({ method: 'GET', url: DECLARATION_URL }).flush(PENDING_AGAIN);
    await render();

    expect(text()).toContain('Being issued');
    expect(retryButton()).toBeUndefined();
    expect(snackBarText()).toContain('The result is being generated again.');
  });

  it('disables the button while the request runs', async () => {
    await openAs('supervisor');

    retryButton()!.click();
    await render();

    expect(retryButton()!.disabled).toBeTrue();
    httpTesting.expectOne({ method: 'POST', url: RETRY_URL }).flush(PENDING_AGAIN);
    await settle();
    httpTesting.expectOne({ method: 'GET', url: DECLARATION_URL }).flush(PENDING_AGAIN);
    await render();
  });

  it('reloads when someone retried first', async () => {
    await openAs('supervisor');

    retryButton()!.click();
    await settle();
    httpTesting
      .expectOne({ method: 'POST', url: RETRY_URL })
      .flush(
        { type: '/api/problems/invalid-status-transition', title: 'Conflict', status: 409 },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    httpTesting.expectOne({ method: 'GET', url: DECLARATION_URL }).flush(PENDING_AGAIN);
    await render();

    expect(errorHandler.handleError).not.toHaveBeenCalled();
    expect(text()).toContain('Being issued');
    expect(snackBarText()).toContain('The result is already being generated again.');
  });
});
