import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import type { DeclarationStatus, DeclarationView } from '@smartgate/shared-models';

import english from '../../../../../public/i18n/en.json';
import { WithdrawButton } from './withdraw-button';

function declaration(status: DeclarationStatus): DeclarationView {
  return {
    id: 'd-1',
    status,
    version: 3,
    data: { travellers: [] },
    createdAt: '2026-03-01T02:00:00.000Z',
    updatedAt: '2026-03-01T02:00:00.000Z',
    submittedAt: status === 'draft' ? null : '2026-03-01T03:00:00.000Z',
    decidedAt: null,
    rejectionReason: null,
    result: null,
  };
}

describe('WithdrawButton', () => {
  let fixture: ComponentFixture<WithdrawButton>;
  let http: HttpTestingController;
  let emitted: DeclarationView[];

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function buttonNamed(name: string, root: ParentNode = document): HTMLButtonElement | undefined {
    return Array.from(root.querySelectorAll('button')).find((button) => button.textContent?.trim() === name);
  }

  async function show(status: DeclarationStatus): Promise<void> {
    fixture.componentRef.setInput('declaration', declaration(status));
    await settle();
  }

  async function openDialog(): Promise<void> {
    buttonNamed('Withdraw declaration', fixture.nativeElement as HTMLElement)?.click();
    await settle();
  }

  async function answerDialog(name: string): Promise<void> {
    const dialog = document.querySelector('sg-withdraw-dialog');
    if (!dialog) {
      throw new Error('The confirmation dialog is not open');
    }
    buttonNamed(name, dialog)?.click();
    await settle();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({ fallbackLang: 'en' }),
        // The dialog then emits its result as soon as it closes, without waiting for an animation.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', english);
    await new Promise((resolve) => translate.use('en').subscribe(resolve));

    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(WithdrawButton);
    emitted = [];
    fixture.componentInstance.withdrawn.subscribe((view) => emitted.push(view));
  });

  afterEach(() => http.verify());

  it('is offered for a submitted declaration and hidden once it is decided', async () => {
    await show('submitted');
    expect(buttonNamed('Withdraw declaration', fixture.nativeElement)).toBeDefined();

    await show('approved');
    expect(buttonNamed('Withdraw declaration', fixture.nativeElement)).toBeUndefined();
  });

  it('withdraws with the current version after the traveller confirms', async () => {
    await show('draft');
    await openDialog();
    await answerDialog('Withdraw declaration');

    const request = http.expectOne('/api/applicant/declarations/d-1/withdraw');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ version: 3 });
    request.flush({ ...declaration('draft'), status: 'withdrawn', version: 4 });
    await settle();

    expect(emitted.map((view) => view.status)).toEqual(['withdrawn']);
  });

  it('sends nothing when the traveller keeps the declaration', async () => {
    await show('submitted');
    await openDialog();
    await answerDialog('Keep it');

    http.expectNone('/api/applicant/declarations/d-1/withdraw');
    expect(emitted).toEqual([]);
  });

  it('shows a rejection from the API', async () => {
    await show('submitted');
    await openDialog();
    await answerDialog('Withdraw declaration');

    http
      .expectOne('/api/applicant/declarations/d-1/withdraw')
      .flush(
        { type: '/api/problems/invalid-status-transition', title: 'Conflict', status: 409 },
        { status: 409, statusText: 'Conflict', headers: { 'Content-Type': 'application/problem+json' } },
      );
    await settle();

    const alert = (fixture.nativeElement as HTMLElement).querySelector('[role="alert"]');
    expect(alert?.textContent).toContain(english.errors['invalid-status-transition']);
    expect(emitted).toEqual([]);
  });
});
