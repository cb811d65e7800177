import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { provideRouter } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { ProblemType, type CargoView, type DeclarationView } from '@smartgate/shared-models';

import english from '../../../../../public/i18n/en.json';
import { CargoDeclarationsApi } from '../../../core/api/cargo-declarations-api';
import { DECLARATION_STORE } from '../../../core/api/declaration-store';
import { LanguageService } from '../../../core/i18n/language.service';
import { TranslatedDatepickerIntl } from '../../../core/i18n/translated-datepicker-intl';
import { provideDateInputs } from '../../../shared/dates/date-input-formats';
import { AUTOSAVE_DELAY_MS } from '../../declarations/declaration-form/autosave-state';
import { CargoForm } from './cargo-form';

const CARGO_URL = '/api/applicant/businesses/b-1/cargo-declarations';

const REFERENCE_DATA: Readonly<Record<string, unknown>> = {
  '/api/public/gates': [
    {
      code: 'LT',
      nameVi: 'Lệ Thanh',
      nameEn: 'Le Thanh',
      facingGateName: 'O Yadav',
      facingProvince: 'Ratanakiri',
      facingCountry: 'KHM',
      submissionOpensDaysBefore: 7,
      cargoSubmissionLeadMinutes: 60,
    },
  ],
  '/api/public/countries': [
    { code: 'KHM', nameVi: 'Campuchia', nameEn: 'Cambodia', nameKm: 'កម្ពុជា' },
    { code: 'VNM', nameVi: 'Việt Nam', nameEn: 'Viet Nam', nameKm: 'វៀតណាម' },
  ],
  '/api/public/document-types': [],
  '/api/reference/units': [
    { code: 'kg', nameVi: 'Ki-lô-gam', nameEn: 'Kilogram', nameKm: 'គីឡូក្រាម', decimals: 3 },
    { code: 'pce', nameVi: 'Chiếc', nameEn: 'Piece', nameKm: 'គ្រឿង', decimals: 0 },
  ],
  '/api/applicant/businesses/b-1/vehicles': [],
  '/api/applicant/businesses/b-1/partners': [],
  '/api/applicant/businesses/b-1/drivers': [
    {
      id: 'driver-1',
      version: 1,
      traveller: {
        fullName: 'Rơ Mah Hiếu',
        sex: 'male',
        dateOfBirth: '1985-04-02',
        nationality: 'VNM',
        documentType: 'passport',
        documentNumber: 'C1234567',
        documentExpiryDate: '2030-01-01',
      },
      documentExpired: false,
      createdAt: '2026-12-01T00:00:00.000Z',
      updatedAt: '2026-12-01T00:00:00.000Z',
    },
  ],
};

const EMPTY_CARGO: CargoView = {
  business: { id: 'b-1', taxCode: '0100109106', name: 'Công ty Nông sản Đức Cơ' },
  plannedArrivalAt: null,
  counterpart: null,
  vehicle: null,
  trailer: null,
  goodsLines: [],
  totals: { netWeightKg: '0', grossWeightKg: '0', netWeightTonnes: '0', grossWeightTonnes: '0', values: [] },
  attachments: [],
  requiredAttachments: [],
};

function savedDraft(overrides: Partial<DeclarationView> = {}): DeclarationView {
  return {
    id: 'd-1',
    kind: 'cargo',
    status: 'draft',
    version: 1,
    data: { gateCode: 'LT', direction: 'entry', travellers: [{ fullName: 'Rơ Mah Hiếu' }] },
    createdAt: '2026-12-05T02:00:00.000Z',
    updatedAt: '2026-12-05T02:00:00.000Z',
    submittedAt: null,
    decidedAt: null,
    rejectionReason: null,
    result: null,
    cargo: { ...EMPTY_CARGO, goodsLines: [{ description: 'Sắn lát khô', netWeightKg: '28000' }] },
    ...overrides,
  };
}

function problem(type: string, status: number, body: Record<string, unknown> = {}) {
  return [
    { type: `/api/problems/${type}`, title: type, status, ...body },
    { status, statusText: type, headers: { 'Content-Type': 'application/problem+json' } },
  ] as const;
}

describe('CargoForm', () => {
  let fixture: ComponentFixture<CargoForm>;
  let http: HttpTestingController;
  let host: HTMLElement;

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function button(name: string): HTMLButtonElement {
    const found = Array.from(host.querySelectorAll('button')).find(
      (candidate) => candidate.textContent?.trim() === name,
    );
    if (!found) {
      throw new Error(`No button named "${name}"`);
    }
    return found;
  }

  async function click(name: string): Promise<void> {
    button(name).click();
    await settle();
  }

  async function type(input: HTMLInputElement, text: string): Promise<void> {
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await settle();
  }

  function inputs(name: string): HTMLInputElement[] {
    return Array.from(host.querySelectorAll<HTMLInputElement>(`input[formcontrolname="${name}"]`));
  }

  function form() {
    return fixture.componentInstance['form'];
  }

  /** Flushes the waiting reference data and company record requests with their fixtures. */
  function flushReferenceData(): void {
    for (const request of http.match((candidate) => candidate.url in REFERENCE_DATA)) {
      request.flush(REFERENCE_DATA[request.request.url] as object);
    }
  }

  async function useEnglish(): Promise<void> {
    TestBed.inject(TranslateService).setTranslation('en', english);
    const language = TestBed.inject(LanguageService);
    const initialized = language.initialize();
    http.expectOne('i18n/languages.json').flush([
      { code: 'vi', name: 'Tiếng Việt' },
      { code: 'en', name: 'English' },
      { code: 'km', name: 'ខ្មែរ' },
    ]);
    await initialized;
    await language.switchTo('en');
  }

  async function create(declaration: DeclarationView | null): Promise<void> {
    fixture = TestBed.createComponent(CargoForm);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('businessId', 'b-1');
    fixture.componentRef.setInput('store', TestBed.inject(DECLARATION_STORE));
    fixture.componentRef.setInput('declaration', declaration);
    fixture.componentInstance.saved.subscribe(() => undefined);
    await settle();
    flushReferenceData();
    await settle();
    flushReferenceData();
    await settle();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService({ fallbackLang: 'en' }),
        provideDateInputs(),
        { provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        {
          provide: DECLARATION_STORE,
          useFactory: () => TestBed.inject(CargoDeclarationsApi).forBusiness('b-1'),
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await useEnglish();
  });

  afterEach(() => {
    http.verify();
  });

  describe('for a new declaration', () => {
    beforeEach(async () => create(null));

    it('names the directions Import and Export', () => {
      const labels = Array.from(
        host.querySelectorAll('mat-radio-group[formcontrolname="direction"] mat-radio-button'),
      ).map((radio) => radio.textContent?.trim());

      expect(labels).toEqual(['Import', 'Export']);
    });

    it('starts with the driver and one goods line', () => {
      const legends = Array.from(host.querySelectorAll('legend')).map((legend) => legend.textContent?.trim());

      expect(legends).toContain('Driver');
      expect(legends).toContain('Goods line 1');
      expect(legends).not.toContain('Lead traveller');
    });

    it('totals 0.1 kg and 0.2 kg as 0.3 kg while typing', async () => {
      await click('Add goods line');
      const [first, second] = inputs('netWeightKg');

      await type(first, '0.1');
      await type(second, '0.2');

      expect(host.querySelector('[data-total="net"]')?.textContent).toContain('0.3 kg');
      expect(host.textContent).not.toContain('0.30000000000000004');
      http.match(() => true).forEach((request) => request.flush(savedDraft()));
    });

    it('shows the submission deadline an hour before arrival', async () => {
      form().controls.plannedArrivalAt.setValue(new Date(2099, 0, 15));
      form().controls.plannedArrivalTime.setValue('14:30');
      await settle();

      expect(host.querySelector('.deadline')?.textContent).toContain(
        'Submit by 15/01/2099 13:30 (time at the gate), at least 60 minutes before the planned arrival.',
      );
    });

    it('saves a draft to the business with the arrival as an instant', async () => {
      form().controls.direction.setValue('entry');
      form().controls.plannedArrivalAt.setValue(new Date(2099, 0, 15));
      form().controls.plannedArrivalTime.setValue('14:30');

      await click('Save draft');
      const request = http.expectOne({ method: 'POST', url: CARGO_URL });
      request.flush(savedDraft());
      await settle();

      expect(request.request.body.gateCode).toBe('LT');
      expect(request.request.body.direction).toBe('entry');
      expect(request.request.body.plannedArrivalAt).toBe('2099-01-15T07:30:00.000Z');
      expect(host.querySelector('[role="status"]')?.textContent).toContain('Draft saved');
    });

    it('shows the API field errors beside the goods line fields', async () => {
      await click('Save draft');
      http.expectOne({ method: 'POST', url: CARGO_URL }).flush(
        ...problem(ProblemType.validation, 400, {
          errors: [{ path: 'goodsLines.0.grossWeightKg', code: 'grossBelowNet', message: 'bad' }],
        }),
      );
      await settle();

      const grossField = inputs('grossWeightKg')[0].closest('mat-form-field');
      expect(grossField?.textContent).toContain(
        'Goods line 1 – Gross weight (kg): the gross weight (with packing) cannot be less than the net weight.',
      );
    });

    it('checks a quantity against the decimals of its unit', async () => {
      form().controls.goodsLines.at(0).controls.unitCode.setValue('pce');
      const quantity = inputs('quantity')[0];
      await type(quantity, '2.5');
      quantity.dispatchEvent(new Event('blur'));
      await settle();

      expect(quantity.closest('mat-form-field')?.textContent).toContain(
        'this unit allows at most 0 decimal places',
      );
      http.match(() => true).forEach((request) => request.flush(savedDraft()));
    });

    it('fills the driver from the company drivers', async () => {
      const driverRow = form().controls.travellers.at(0);
      fixture.componentInstance['autosave'].stop();
      (
        fixture.debugElement.query((element) => element.name === 'sg-crew-section').componentInstance as {
          fillFromDriver(row: unknown, driver: unknown): void;
        }
      ).fillFromDriver(driverRow, (REFERENCE_DATA['/api/applicant/businesses/b-1/drivers'] as unknown[])[0]);
      await settle();

      expect(inputs('fullName')[0].value).toBe('Rơ Mah Hiếu');
      expect(inputs('documentNumber')[0].value).toBe('C1234567');
    });

    it('lists the missing fields before submitting', async () => {
      await click('Submit declaration');

      http.expectNone({ method: 'POST', url: CARGO_URL });
      expect(host.querySelector('[role="alert"]')?.textContent).toContain('Some fields need attention');
      expect(host.textContent).toContain('Goods line 1 – HS code is missing. Please fill it in.');
      expect(host.textContent).toContain('Driver – Full name is missing. Please fill it in.');
      expect(host.textContent).not.toContain('Lead traveller');
    });
  });

  describe('for a saved draft', () => {
    beforeEach(async () => create(savedDraft()));

    it('fills the form from the draft', () => {
      expect(inputs('description')[0].value).toBe('Sắn lát khô');
      expect(inputs('fullName')[0].value).toBe('Rơ Mah Hiếu');
    });

    it('keeps the typed entries after a version conflict', async () => {
      const description = inputs('description')[0];
      await type(description, 'Sắn lát khô loại 1');
      await new Promise((resolve) => setTimeout(resolve, AUTOSAVE_DELAY_MS + 100));
      await settle();

      const update: TestRequest = http.expectOne({ method: 'PUT', url: `${CARGO_URL}/d-1` });
      expect(update.request.body.version).toBe(1);
      update.flush(...problem(ProblemType.conflict, 409, { current: savedDraft({ version: 2 }) }));
      await settle();

      expect(description.value).toBe('Sắn lát khô loại 1');
      expect(host.querySelector('sg-autosave-status')?.textContent).toContain(
        'this declaration was changed in another window or on another device',
      );
      expect(host.querySelector('.conflict-sections')?.textContent).toContain(
        'The version saved elsewhere differs in: Goods.',
      );

      await click('Save my entries over it');
      http.expectOne({ method: 'GET', url: `${CARGO_URL}/d-1` }).flush(savedDraft({ version: 2 }));
      await settle();
      const overwrite = http.expectOne({ method: 'PUT', url: `${CARGO_URL}/d-1` });
      expect(overwrite.request.body.version).toBe(2);
      expect(overwrite.request.body.data.goodsLines[0].description).toBe('Sắn lát khô loại 1');
      overwrite.flush(savedDraft({ version: 3 }));
      await settle();
    });
  });
});
