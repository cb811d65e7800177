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

const ISSUED_RESULT: ResultView = {
  number: 'LT-2026-000042',
  status: 'issued',
  validFrom: '2026-12-10',
  validUntil: '2026-12-12',
  issuedAt: '2026-12-01T04:00:05.000Z',
  revokedAt: null,
  revocationReason: null,
};
const ISSUED = buildDeclaration({
  status: 'issued',
  version: 5,
  decidedAt: '2026-12-01T04:00:00.000Z',
  result: ISSUED_RESULT,
});
const DECLARATION_URL = `/api/officer/declarations/${ISSUED.id}`;
const REVOKE_URL = `${DECLARATION_URL}/revoke-result`;
const REASON = 'The passport was reported stolen.';

function officer(role: OfficerProfile['role']): OfficerProfile {
  return {
    id: 'officer-1',
    username: 'hoa.le',
    fullName: 'Lê Thị Hoa',
    role,
    gateCodes: ['LT'],
    passwordChangeRequired: false,
  };
}

/** Lets pending promise callbacks run. `whenStable` is no use here because it waits for every open request. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('RevokeResultButton on the declaration page', () => {
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
        // Without animations the dialog closes at once instead of after its exit transition.
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
  async function openAs(role: OfficerProfile['role'], declaration: DeclarationView = ISSUED): Promise<void> {
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
    button('Revoke result')!.click();
    await render();

    expect(text(overlay())).toContain('Revoke result LT-2026-000042');
    const textarea = overlay().querySelector('textarea')!;
    textarea.value = reason;
    textarea.dispatchEvent(new Event('input'));
    button('Confirm revocation', overlay())!.click();
    await settle();
  }

  for (const role of ['supervisor', 'administrator'] as const) {
    it(`offers revocation to a ${role}`, async () => {
      await openAs(role);

      expect(button('Revoke result')).toBeDefined();
    });
  }

  for (const role of ['reviewer', 'gate_officer'] as const) {
    it(`hides revocation from a ${role}`, async () => {
      await openAs(role);

      expect(button('Revoke result')).toBeUndefined();
    });
  }

  it('hides revocation while the result is pending', async () => {
    await openAs('supervisor', {
      ...ISSUED,
      status: 'approved',
      result: { ...ISSUED_RESULT, status: 'pending', issuedAt: null },
    });

    expect(button('Revoke result')).toBeUndefined();
  });

  it('revokes with the reason typed in the dialog', async () => {
    await openAs('supervisor');

    await typeReasonAndConfirm(`  ${REASON}  `);
    const request = httpTesting.expectOne({ method: 'POST', url: REVOKE_URL });
    expect(request.request.body).toEqual({ version: 5, reason: REASON });
    request.flush({
      ...ISSUED,
      version: 6,
      result: {
        ...ISSUED_RESULT,
        status: 'revoked',
        revokedAt: '2026-12-02T01:30:00.000Z',
        revocationReason: REASON,
      },
    });
    await render();

    expect(text()).toContain('Revoked');
    expect(text()).toContain(REASON);
    expect(text()).toContain('02/12/2026 08:30');
    expect(button('Revoke result')).toBeUndefined();
    expect(text(overlay())).toContain('The result is revoked.');
  });

  it('refuses to revoke without a reason', async () => {
    await openAs('supervisor');

    await typeReasonAndConfirm('   ');
    await render();

    httpTesting.expectNone(REVOKE_URL);
    expect(text(overlay())).toContain('Reason is missing.');
  });

  it('sends nothing when the revocation is cancelled', async () => {
    await openAs('supervisor');

    button('Revoke result')!.click();
    await render();
    button('Cancel', overlay())!.click();
    await settle();

    httpTesting.expectNone(REVOKE_URL);
    expect(button('Revoke result')).toBeDefined();
  });

  it('reloads when another supervisor revoked first', async () => {
    await openAs('supervisor');

    await typeReasonAndConfirm(REASON);
    httpTesting
      .expectOne(REVOKE_URL)
      .flush(
        { type: '/api/problems/invalid-status-transition', title: 'Invalid status', status: 409 },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    httpTesting.expectOne({ method: 'GET', url: DECLARATION_URL }).flush({
      ...ISSUED,
      version: 6,
      result: {
        ...ISSUED_RESULT,
        status: 'revoked',
        revokedAt: '2026-12-02T01:00:00.000Z',
        revocationReason: 'Lost.',
      },
    });
    await render();

    expect(text()).toContain('Another officer handled this declaration first.');
    expect(text()).toContain('Lost.');
    expect(button('Revoke result')).toBeUndefined();
    expect(errorHandler.handleError).not.toHaveBeenCalled();
  });

  it('reports a refusal of the API', async () => {
    await openAs('supervisor');

    await typeReasonAndConfirm(REASON);
    httpTesting
      .expectOne(REVOKE_URL)
      .flush(
        { type: '/api/problems/forbidden', title: 'Forbidden', status: 403 },
        { status: 403, statusText: 'Forbidden' },
      );
    await render();

    expect(errorHandler.handleError).toHaveBeenCalledTimes(1);
    expect(button('Revoke result')).toBeDefined();
  });
});
