import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type {
  AssistedFilingStatus,
  DeclarationView,
  DocumentTypeRules,
  GateDesk,
  OfficerProfile,
  ResultView,
} from '@smartgate/shared-models';

import { By } from '@angular/platform-browser';

import { AuthState } from '../../../core/auth/auth-state';
import { LanguageState } from '../../../core/i18n/language-state';
import {
  TEST_COUNTRIES,
  TEST_GATES,
  TEST_PURPOSES,
  buildDeclaration,
} from '../../../../testing/declaration-factory';
import { provideTestTranslations } from '../../../../testing/test-translations';
import { buildCargoDeclaration } from '../../declarations/cargo/cargo-view.fixtures';
import { AssistedFilingPage } from './assisted-filing-page';
import type { AssistedForm } from './assisted-form';
import { AssistedCargoForm } from './cargo/assisted-cargo-form';
import type { CargoFilingForm } from './cargo/cargo-filing-form';
import { FILING_POLL_TIMING } from './filing-progress';

const FILINGS_URL = '/api/officer/assisted-declarations';
const DECLARATION_ID = '7f0c2a52-3f7e-4c55-9d0e-5b1f0a9e2c11';
const DESKS: GateDesk[] = [
  {
    code: 'LT',
    nameVi: 'Cửa khẩu quốc tế Lệ Thanh',
    nameEn: 'Le Thanh International Border Gate',
    lanes: [{ code: '2', nameVi: 'Làn 2 – xuất cảnh', nameEn: 'Lane 2 – exit', direction: 'exit' }],
  },
];
const PASSPORT: DocumentTypeRules = {
  code: 'passport',
  nameVi: 'Hộ chiếu',
  nameEn: 'Passport',
  numberFormat: 'passport',
  expiryWarningMonths: null,
  maxValidityMonths: null,
  requiresIssueDate: false,
  validProvinceRule: 'none',
  allowedNationalities: null,
  photoRequired: false,
};
const PASSPORT_MRZ = [
  'P<KHMSOK<<DARA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<',
  'N012345679KHM9005178F3101012<<<<<<<<<<<<<<04',
].join('\n');

function officer(role: OfficerProfile['role']): OfficerProfile {
  return {
    id: 'b2b0c1de-0000-4000-8000-000000000001',
    username: 'lan',
    fullName: 'Nguyễn Thị Lan',
    role,
    gateCodes: ['LT'],
    passwordChangeRequired: false,
  };
}

function result(status: ResultView['status']): ResultView {
  return {
    number: 'LT-2026-000123',
    status,
    validFrom: '2026-12-05',
    validUntil: '2026-12-07',
    issuedAt: status === 'issued' ? '2026-12-05T01:00:00.000Z' : null,
  };
}

function filedView(overrides: Partial<DeclarationView> = {}): DeclarationView {
  return buildDeclaration({
    id: DECLARATION_ID,
    status: 'approved',
    version: 2,
    result: result('pending'),
    ...overrides,
  });
}

function filingStatus(overrides: Partial<AssistedFilingStatus> = {}): AssistedFilingStatus {
  return {
    declarationId: DECLARATION_ID,
    referenceCode: 'LT-7K3Q-9C2M',
    status: 'approved',
    result: result('issued'),
    ...overrides,
  };
}

function settle(milliseconds = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

describe('AssistedFilingPage', () => {
  let fixture: ComponentFixture<AssistedFilingPage>;
  let httpTesting: HttpTestingController;

  async function render(): Promise<void> {
    await settle();
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
  }

  async function open(role: OfficerProfile['role']): Promise<void> {
    TestBed.inject(AuthState).update(officer(role));
    fixture = TestBed.createComponent(AssistedFilingPage);
    fixture.detectChanges();
    httpTesting.expectOne('/api/officer/gate/desks').flush(DESKS);
    httpTesting.expectOne('/api/public/document-types').flush([PASSPORT]);
    httpTesting.match('/api/public/gates').forEach((request) => request.flush(TEST_GATES));
    httpTesting.match('/api/public/purposes').forEach((request) => request.flush(TEST_PURPOSES));
    await render();
    httpTesting.match('/api/public/countries').forEach((request) => request.flush(TEST_COUNTRIES));
    await render();
  }

  function page(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function form(): AssistedForm {
    return (fixture.componentInstance as unknown as { form: () => AssistedForm }).form();
  }

  function mrzField(): HTMLTextAreaElement {
    return page().querySelector<HTMLTextAreaElement>('textarea.mrz-text')!;
  }

  async function typeMrz(text: string): Promise<void> {
    mrzField().value = text;
    mrzField().dispatchEvent(new Event('input'));
    await render();
  }

  async function submit(): Promise<void> {
    page().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await render();
  }

  function press(key: string): void {
    document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }

  async function fillCompleteFiling(): Promise<void> {
    await typeMrz(PASSPORT_MRZ);
    form().controls.purposeCode.setValue('work');
    await render();
  }

  beforeEach(async () => {
    localStorage.setItem('sg.gate.lane', JSON.stringify({ gateCode: 'LT', laneCode: '2' }));
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTestTranslations(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        {
          provide: FILING_POLL_TIMING,
          useValue: {
            generatingIntervalMs: 1,
            generatingTimeoutMs: 200,
            approvalIntervalMs: 1,
            approvalTimeoutMs: 200,
          },
        },
      ],
    });
    await TestBed.inject(LanguageState).use('en');
    httpTesting = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    localStorage.removeItem('sg.gate.lane');
    document.querySelectorAll('.cdk-overlay-container').forEach((container) => container.remove());
    fixture.destroy();
    // A status poll may have left just before the page stopped following the filing.
    httpTesting.match((request) => request.url.startsWith(`${FILINGS_URL}/`));
    httpTesting.verify();
  });

  it("focuses the lead traveller's MRZ field at the lane's crossing", async () => {
    await open('reviewer');

    expect(document.activeElement).toBe(mrzField());
    expect(page().textContent).toContain('Le Thanh International Border Gate – Lane 2 – exit');
    expect(form().controls.direction.value).toBe('exit');
    expect(form().controls.gateCode.value).toBe('LT');
  });

  it('fills the traveller from a desk reader', async () => {
    await open('reviewer');

    await typeMrz(PASSPORT_MRZ);

    const traveller = form().controls.travellers.at(0).getRawValue();
    expect(traveller.fullName).toBe('SOK DARA');
    expect(traveller.documentNumber).toBe('N01234567');
    expect(traveller.dateOfBirth).toBe('17/05/1990');
    expect(page().textContent).toContain('The fields were filled from the MRZ.');
  });

  it('names each missing field and sends nothing', async () => {
    await open('reviewer');

    await submit();

    httpTesting.expectNone(FILINGS_URL);
    const messages = [...page().querySelectorAll('mat-error')].map((error) => error.textContent?.trim());
    expect(messages).toContain('Purpose is missing. Please fill it in.');
    expect(messages).toContain('Lead traveller – Full name is missing. Please fill it in.');
  });

  it('shows the field errors of the API', async () => {
    await open('reviewer');
    await fillCompleteFiling();

    await submit();
    httpTesting.expectOne(FILINGS_URL).flush(
      {
        type: '/api/problems/validation-failed',
        title: 'The request contains invalid data.',
        status: 422,
        errors: [
          { path: 'purposeCode', code: 'unknownPurpose', message: 'Mục đích không có trong danh sách.' },
        ],
      },
      { status: 422, statusText: 'Unprocessable Content' },
    );
    await render();

    expect(page().textContent).toContain('Purpose is not a listed purpose. Please choose one from the list.');
  });

  it('files once however often submit is pressed', async () => {
    await open('reviewer');
    await fillCompleteFiling();

    page().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    page().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await render();

    const request = httpTesting.expectOne(FILINGS_URL);
    expect(request.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(request.request.body.travellers[0].documentNumber).toBe('N01234567');
    expect(request.request.body.purposeCode).toBe('work');
    request.flush(filedView());
    await render();
    httpTesting.match(`${FILINGS_URL}/${DECLARATION_ID}`).forEach((poll) => poll.flush(filingStatus()));
  });

  it('prints the issued PDF and records the crossing', async () => {
    await open('reviewer');
    await fillCompleteFiling();
    await submit();
    httpTesting.expectOne(FILINGS_URL).flush(filedView());
    await render();
    expect(page().textContent).toContain('Generating the result document');

    await settle(5);
    httpTesting.expectOne(`${FILINGS_URL}/${DECLARATION_ID}`).flush(filingStatus());
    await render();

    const frame = page().querySelector<HTMLIFrameElement>('iframe.pdf');
    expect(frame?.getAttribute('src')).toBe(`/api/officer/declarations/${DECLARATION_ID}/result.pdf`);
    press('F2');
    const crossing = httpTesting.expectOne({ method: 'POST', url: '/api/officer/gate/crossings' });
    expect(crossing.request.body).toEqual(
      jasmine.objectContaining({
        gateCode: 'LT',
        laneCode: '2',
        declarationId: DECLARATION_ID,
        method: 'counter',
      }),
    );
    crossing.flush({ verdict: 'used', findings: ['used'], method: 'counter', record: null });
    await render();
    expect(page().textContent).toContain('Crossing recorded.');
  });

  it('files a truck in the truck mode and prints its PDF', async () => {
    await open('reviewer');
    const truckMode = [...page().querySelectorAll<HTMLButtonElement>('mat-button-toggle button')].find(
      (button) => button.textContent?.trim() === 'Cargo',
    );
    truckMode!.click();
    await render();
    httpTesting.expectOne('/api/reference/units').flush([]);
    httpTesting.expectOne('/api/reference/attachment-rules').flush([]);
    await render();

    expect(page().querySelector('textarea.mrz-text')).not.toBeNull();
    expect(document.activeElement).toBe(page().querySelector('input.company-name'));
    const cargoForm = fixture.debugElement.query(By.directive(AssistedCargoForm)).componentInstance as {
      form: CargoFilingForm;
    };
    expect(cargoForm.form.controls.direction.value).toBe('exit');
    cargoForm.form.patchValue({
      company: { name: 'Công ty CP Phân bón Gia Lai', taxCode: '0100233488' },
      counterpart: { name: 'Sok Agro Co., Ltd.', address: 'Ban Lung, Ratanakiri', country: 'KHM' },
      vehicle: { kind: 'truck', plateCountry: 'VNM', plateNumber: '81C-123.45' },
    });
    cargoForm.form.controls.goodsLines.at(0).patchValue({
      hsCode: '31052000',
      description: 'NPK fertilizer',
      quantity: '600',
      unitCode: 'bag',
      netWeightKg: '30000',
      grossWeightKg: '30120',
      value: '12000',
      currency: 'USD',
      originCountry: 'VNM',
    });
    await typeMrz(PASSPORT_MRZ);
    await submit();

    const filing = httpTesting.expectOne(FILINGS_URL);
    expect(filing.request.body).toEqual(jasmine.objectContaining({ kind: 'cargo', direction: 'exit' }));
    filing.flush({
      ...buildCargoDeclaration(),
      id: DECLARATION_ID,
      status: 'approved',
      result: result('pending'),
    });
    await render();
    expect(page().textContent).toContain('Vehicle 81C-123.45 – driver');

    await settle(5);
    httpTesting.expectOne(`${FILINGS_URL}/${DECLARATION_ID}`).flush(filingStatus());
    await render();
    const frame = page().querySelector<HTMLIFrameElement>('iframe.pdf');
    expect(frame?.getAttribute('src')).toBe(`/api/officer/declarations/${DECLARATION_ID}/result.pdf`);
  });

  it("keeps a gate officer's filing waiting for a reviewer", async () => {
    await open('gate_officer');
    await fillCompleteFiling();
    expect(page().querySelector('button[type="submit"]')?.textContent).toContain('Submit for review');

    await submit();
    httpTesting.expectOne(FILINGS_URL).flush(filedView({ status: 'submitted', result: null }));
    await render();

    expect(page().textContent).toContain('waiting for a reviewer to approve it');
    await settle(5);
    httpTesting
      .match(`${FILINGS_URL}/${DECLARATION_ID}`)
      .forEach((poll) => poll.flush(filingStatus({ status: 'submitted', result: null })));
  });
});
