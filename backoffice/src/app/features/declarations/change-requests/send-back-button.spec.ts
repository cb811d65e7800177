import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ErrorHandler } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { DeclarationView } from '@smartgate/shared-models';

import { LanguageState } from '../../../core/i18n/language-state';
import {
  TEST_COUNTRIES,
  TEST_GATES,
  TEST_PURPOSES,
  buildDeclaration,
} from '../../../../testing/declaration-factory';
import { flushScreeningRequests } from '../../../../testing/screening-requests';
import { provideTestTranslations } from '../../../../testing/test-translations';
import { DeclarationDetail } from '../declaration-detail';

const SUBMITTED = buildDeclaration({ version: 4 });
const DECLARATION_URL = `/api/officer/declarations/${SUBMITTED.id}`;
const REQUEST_CHANGES_URL = `${DECLARATION_URL}/request-changes`;

const SENT_BACK: DeclarationView = {
  ...SUBMITTED,
  status: 'changes_requested',
  version: 5,
  changeRequest: {
    round: 1,
    comment: 'Please check the companion.',
    fieldComments: [{ field: 'travellers.1.documentNumber', comment: 'The number does not match the scan.' }],
    requestedAt: '2026-12-01T04:00:00.000Z',
    requestedBy: 'Lê Thị Hoa',
    resubmittedAt: null,
  },
};
SENT_BACK.changeRequests = [SENT_BACK.changeRequest!];

/** Lets pending promise callbacks run. `whenStable` is no use here because it waits for every open request. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('SendBackButton on the declaration page', () => {
  let fixture: ComponentFixture<DeclarationDetail>;
  let httpTesting: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTestTranslations(),
        {
          provide: ErrorHandler,
          useValue: jasmine.createSpyObj<ErrorHandler>('ErrorHandler', ['handleError']),
        },
        // Without animations the dialog and the select panel open and close at once.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    await TestBed.inject(LanguageState).use('en');
    httpTesting = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((container) => container.remove());
    // The hold panel asks who holds the declaration; its own spec checks what it shows.
    httpTesting
      .match((request) => request.url === `${DECLARATION_URL}/assignment`)
      .forEach((request) =>
        request.flush({ declarationId: SUBMITTED.id, status: 'submitted', version: 4, assignment: null }),
      );
    // The dialog lists the reason templates; the template spec checks them.
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
    await settle();
  }

  async function open(declaration: DeclarationView = SUBMITTED): Promise<void> {
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
    return ((root as HTMLElement).textContent ?? '').replace(/\s+/g, ' ');
  }

  function button(name: string, root: ParentNode = fixture.nativeElement): HTMLButtonElement | undefined {
    return [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
  }

  function dialog(): HTMLElement {
    const element = document.querySelector<HTMLElement>('sg-change-request-dialog');
    if (!element) {
      throw new Error('The change request dialog is not open.');
    }
    return element;
  }

  function type(textarea: HTMLTextAreaElement, value: string): void {
    textarea.value = value;
    textarea.dispatchEvent(new Event('input'));
  }

  async function openDialog(): Promise<void> {
    button('Send back for changes')!.click();
    await render();
  }

  async function addFieldComment(optionLabel: string, comment: string): Promise<void> {
    button('Add a field comment', dialog())!.click();
    await render();
    const rows = dialog().querySelectorAll('fieldset.field-row');
    const row = rows[rows.length - 1];
    row.querySelector<HTMLElement>('mat-select')!.click();
    await render();
    const option = [...document.querySelectorAll<HTMLElement>('mat-option')].find(
      (candidate) => candidate.textContent?.trim() === optionLabel,
    );
    if (!option) {
      throw new Error(`No option named ${optionLabel}`);
    }
    option.click();
    await render();
    type(row.querySelector<HTMLTextAreaElement>('textarea')!, comment);
    await render();
  }

  it('offers the action for a submitted declaration only', async () => {
    await open(SENT_BACK);

    expect(button('Send back for changes')).toBeUndefined();
  });

  it("offers the declaration's own fields, grouped by traveller", async () => {
    await open();
    await openDialog();
    button('Add a field comment', dialog())!.click();
    await render();

    dialog().querySelector<HTMLElement>('fieldset.field-row mat-select')!.click();
    await render();

    const groups = [...document.querySelectorAll('mat-optgroup')].map((group) =>
      group.querySelector('.mat-mdc-optgroup-label')?.textContent?.trim(),
    );
    expect(groups).toEqual([
      'Crossing',
      'Lead traveller · Nguyễn Văn An',
      'Companion 1 · Nguyễn Trọng Thiện',
    ]);
    const options = [...document.querySelectorAll('mat-option')].map((option) => option.textContent?.trim());
    expect(options).toContain('Planned crossing date');
    expect(options).toContain('Companion 1 – Document number');
    expect(options).toContain('Lead traveller – Portrait photo');
  });

  it('sends the general and field comments at the version seen', async () => {
    await open();
    await openDialog();

    type(dialog().querySelector<HTMLTextAreaElement>('textarea')!, '  Please check the companion.  ');
    await addFieldComment('Companion 1 – Document number', 'The number does not match the scan.');
    button('Send back', dialog())!.click();
    await settle();

    const request = httpTesting.expectOne({ method: 'POST', url: REQUEST_CHANGES_URL });
    expect(request.request.body).toEqual({
      version: 4,
      comment: 'Please check the companion.',
      fieldComments: [
        { field: 'travellers.1.documentNumber', comment: 'The number does not match the scan.' },
      ],
    });
    request.flush(SENT_BACK);
    await render();

    expect(text()).toContain("Waiting for the applicant's changes");
    expect(text()).toContain('Round 1');
    expect(text()).toContain('Sent back by Lê Thị Hoa at 01/12/2026 11:00');
    expect(text()).toContain('Companion 1 – Document number');
    expect(button('Send back for changes')).toBeUndefined();
  });

  it('sends field comments without a general comment', async () => {
    await open();
    await openDialog();

    await addFieldComment('Planned crossing date', 'The gate is closed that day.');
    button('Send back', dialog())!.click();
    await settle();

    const request = httpTesting.expectOne({ method: 'POST', url: REQUEST_CHANGES_URL });
    expect(request.request.body).toEqual({
      version: 4,
      fieldComments: [{ field: 'plannedCrossingDate', comment: 'The gate is closed that day.' }],
    });
    request.flush(SENT_BACK);
    await render();
  });

  it('asks for a comment before sending an empty request', async () => {
    await open();
    await openDialog();

    button('Send back', dialog())!.click();
    await render();

    httpTesting.expectNone(REQUEST_CHANGES_URL);
    expect(text(dialog())).toContain(
      'Comment is missing. Please write a general comment or a comment on at least one field.',
    );
  });

  it('requires a comment on each picked field', async () => {
    await open();
    await openDialog();

    await addFieldComment('Planned crossing date', '   ');
    button('Send back', dialog())!.click();
    await render();

    httpTesting.expectNone(REQUEST_CHANGES_URL);
    expect(text(dialog())).toContain('Comment is missing.');
  });

  it('lets a field be picked once', async () => {
    await open();
    await openDialog();
    await addFieldComment('Planned crossing date', 'The gate is closed that day.');
    button('Add a field comment', dialog())!.click();
    await render();

    dialog()
      .querySelectorAll<HTMLElement>('fieldset.field-row')[1]
      .querySelector<HTMLElement>('mat-select')!
      .click();
    await render();

    const alreadyCommented = [...document.querySelectorAll('mat-option')].find(
      (option) => option.textContent?.trim() === 'Planned crossing date',
    );
    expect(alreadyCommented?.getAttribute('aria-disabled')).toBe('true');
  });

  it('sends nothing when cancelled', async () => {
    await open();
    await openDialog();

    button('Cancel', dialog())!.click();
    await render();

    httpTesting.expectNone(REQUEST_CHANGES_URL);
    expect(button('Send back for changes')).toBeDefined();
  });
});
