import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { DocumentTypeRules } from '@smartgate/shared-models';

import { LanguageState } from '../../../core/i18n/language-state';
import { provideTestTranslations } from '../../../../testing/test-translations';
import { DocumentTypesPage } from './document-types-page';

const URL = '/api/officer/reference/document-types';

const PASSPORT: DocumentTypeRules = {
  code: 'passport',
  nameVi: 'Hộ chiếu',
  nameEn: 'Passport',
  numberFormat: 'passport',
  expiryWarningMonths: 6,
  maxValidityMonths: null,
  requiresIssueDate: false,
  validProvinceRule: 'none',
  allowedNationalities: null,
  photoRequired: false,
};
const CITIZEN_ID: DocumentTypeRules = {
  ...PASSPORT,
  code: 'vn_citizen_id',
  nameVi: 'Căn cước công dân',
  nameEn: 'Vietnamese citizen ID card',
  numberFormat: 'cccd',
  expiryWarningMonths: null,
  allowedNationalities: ['VNM'],
};

/** Lets pending promise callbacks run. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('DocumentTypesPage', () => {
  let fixture: ComponentFixture<DocumentTypesPage>;
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

    fixture = TestBed.createComponent(DocumentTypesPage);
    fixture.detectChanges();
    httpTesting.expectOne({ method: 'GET', url: URL }).flush([PASSPORT, CITIZEN_ID]);
    await render();
  });

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((container) => container.remove());
    httpTesting.verify();
  });

  async function render(): Promise<void> {
    await settle();
    fixture.detectChanges();
  }

  function rows(): string[][] {
    const tableRows = (fixture.nativeElement as HTMLElement).querySelectorAll('tr.mat-mdc-row');
    return [...tableRows].map((row) =>
      [...row.querySelectorAll('td')].slice(0, -1).map((cell) => cell.textContent?.trim() ?? ''),
    );
  }

  function overlay(): HTMLElement {
    return document.querySelector<HTMLElement>('.cdk-overlay-container')!;
  }

  function button(name: string, root: ParentNode): HTMLButtonElement {
    return [...root.querySelectorAll('button')].find((candidate) =>
      candidate.textContent?.trim().startsWith(name),
    )!;
  }

  async function openEditorAndType(months: string): Promise<void> {
    button('Edit rules', fixture.nativeElement).click();
    await render();
    const monthsInput = overlay().querySelector<HTMLInputElement>(
      'input[formcontrolname="expiryWarningMonths"]',
    )!;
    monthsInput.value = months;
    monthsInput.dispatchEvent(new Event('input'));
    button('Save rules', overlay()).click();
    await render();
  }

  it('lists each document type with its rules', () => {
    expect(rows()).toEqual([
      ['Passport', 'Passport number (6 to 9 characters)', '6', 'None', 'No', 'No', 'Any province', 'Any'],
      [
        'Vietnamese citizen ID card (CCCD)',
        'Citizen ID number (12 digits, checked against birth date and sex)',
        'None',
        'None',
        'No',
        'No',
        'Any province',
        'VNM',
      ],
    ]);
  });

  it('saves changed warning months and shows them', async () => {
    await openEditorAndType('3');

    const request = httpTesting.expectOne({ method: 'PUT', url: `${URL}/passport` });
    expect(request.request.body).toEqual({
      numberFormat: 'passport',
      expiryWarningMonths: 3,
      maxValidityMonths: null,
      requiresIssueDate: false,
      validProvinceRule: 'none',
      allowedNationalities: null,
      photoRequired: false,
    });
    request.flush({ ...PASSPORT, expiryWarningMonths: 3 });
    await render();

    expect(rows()[0][2]).toBe('3');
  });

  it('shows invalid months in the dialog without saving', async () => {
    await openEditorAndType('0');

    httpTesting.expectNone({ method: 'PUT', url: `${URL}/passport` });
    expect(overlay().textContent).toContain('Expiry warning (months) must be a positive whole number.');
  });

  it('shows the API field error in the dialog', async () => {
    await openEditorAndType('4');

    httpTesting.expectOne({ method: 'PUT', url: `${URL}/passport` }).flush(
      {
        type: '/api/problems/validation-failed',
        title: 'Invalid request',
        status: 400,
        errors: [{ path: 'expiryWarningMonths', code: 'tooBig', message: 'Too big.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await render();

    expect(overlay().textContent).toContain('Expiry warning (months) is too large.');
  });
});
