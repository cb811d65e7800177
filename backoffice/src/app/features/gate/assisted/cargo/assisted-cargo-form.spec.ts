import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import {
  IDEMPOTENCY_KEY_HEADER,
  type AttachmentRule,
  type DeclarationView,
  type DocumentTypeRules,
  type GoodsUnit,
  type HsCodeOption,
} from '@smartgate/shared-models';

import { LanguageState } from '../../../../core/i18n/language-state';
import { TEST_GATES, buildDeclaration } from '../../../../../testing/declaration-factory';
import { provideTestTranslations } from '../../../../../testing/test-translations';
import { AssistedCargoForm } from './assisted-cargo-form';
import type { CargoFilingForm } from './cargo-filing-form';
import { HS_SEARCH_DEBOUNCE_MS } from './hs-code-search';

const FILINGS_URL = '/api/officer/assisted-declarations';
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
const UNITS: GoodsUnit[] = [
  { code: 'kg', nameVi: 'Ki-lô-gam', nameEn: 'Kilogram', nameKm: 'គីឡូក្រាម', decimals: 3 },
  { code: 'bag', nameVi: 'Bao', nameEn: 'Bag', nameKm: 'បាវ', decimals: 0 },
];

function rule(overrides: Partial<AttachmentRule>): AttachmentRule {
  return {
    id: crypto.randomUUID(),
    attachmentType: 'commercial_invoice',
    direction: null,
    hsChapterFrom: null,
    hsChapterTo: null,
    hsControl: null,
    active: true,
    noteVi: 'Luôn cần hóa đơn thương mại.',
    noteEn: 'A commercial invoice is always needed.',
    version: 1,
    ...overrides,
  };
}

const RULES: AttachmentRule[] = [
  rule({}),
  rule({
    attachmentType: 'phytosanitary_certificate',
    direction: 'entry',
    hsChapterFrom: '06',
    hsChapterTo: '14',
    noteVi: 'Hàng nông sản nhập khẩu cần giấy chứng nhận kiểm dịch thực vật.',
    noteEn: 'Imported plant products need a phytosanitary certificate.',
  }),
  rule({
    attachmentType: 'import_export_licence',
    hsControl: 'licence_required',
    noteVi: 'Hàng thuộc diện cấp phép cần giấy phép.',
    noteEn: 'Goods under licence control need the licence.',
  }),
];
const CASSAVA: HsCodeOption = {
  code: '07141011',
  level: 8,
  descriptionVi: 'Sắn lát khô',
  descriptionEn: 'Dried cassava chips',
  chapter: '07',
  parentCode: '071410',
  control: null,
  effectiveControl: null,
  controlSourceCode: null,
  selectable: true,
};

function settle(milliseconds = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

describe('AssistedCargoForm', () => {
  let fixture: ComponentFixture<AssistedCargoForm>;
  let httpTesting: HttpTestingController;
  let filed: DeclarationView[];

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

    fixture = TestBed.createComponent(AssistedCargoForm);
    fixture.componentRef.setInput('gateCode', 'LT');
    fixture.componentRef.setInput('laneDirection', 'entry');
    fixture.componentRef.setInput('gate', TEST_GATES[0]);
    fixture.componentRef.setInput('countries', [
      { code: 'KHM', name: 'Cambodia' },
      { code: 'VNM', name: 'Viet Nam' },
    ]);
    fixture.componentRef.setInput('documentTypes', [PASSPORT]);
    fixture.componentRef.setInput('approves', true);
    filed = [];
    fixture.componentInstance.filed.subscribe((view) => filed.push(view));
    fixture.detectChanges();
    httpTesting.expectOne('/api/reference/units').flush(UNITS);
    httpTesting.expectOne('/api/reference/attachment-rules').flush(RULES);
    await render();
  });

  afterEach(() => httpTesting.verify());

  async function render(): Promise<void> {
    await settle();
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
  }

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function text(): string {
    return element().textContent?.replace(/\s+/g, ' ') ?? '';
  }

  function form(): CargoFilingForm {
    return (fixture.componentInstance as unknown as { form: CargoFilingForm }).form;
  }

  async function type(selector: string, value: string, index = 0): Promise<void> {
    const input = element().querySelectorAll<HTMLInputElement>(selector)[index];
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await render();
  }

  function fillCompleteFiling(): void {
    form().patchValue({
      company: { name: 'Công ty TNHH Nông sản Gia Lai', taxCode: '0100233488' },
      counterpart: { name: 'Sok Trading Co., Ltd.', address: 'Ban Lung, Ratanakiri', country: 'KHM' },
      vehicle: { kind: 'truck', plateCountry: 'VNM', plateNumber: '81C-123.45' },
      documentsSighted: { commercial_invoice: true, phytosanitary_certificate: true },
    });
    form().controls.travellers.at(0).patchValue({
      fullName: 'SOK DARA',
      sex: 'male',
      dateOfBirth: '17/05/1990',
      nationality: 'KHM',
      documentType: 'passport',
      documentNumber: 'N01234567',
      documentExpiryDate: '01/01/2031',
    });
    form().controls.goodsLines.at(0).patchValue({
      hsCode: '0714.10.11',
      description: 'Dried cassava chips',
      quantity: '28400',
      unitCode: 'kg',
      netWeightKg: '28400',
      grossWeightKg: '28650.5',
      value: '5680',
      currency: 'USD',
      originCountry: 'KHM',
    });
  }

  async function submit(): Promise<void> {
    element().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await render();
  }

  it('totals the goods lines exactly', async () => {
    element().querySelector<HTMLButtonElement>('button.add-line')!.click();
    await render();

    await type('sg-goods-line-fields input[formcontrolname="netWeightKg"]', '0.1', 0);
    await type('sg-goods-line-fields input[formcontrolname="netWeightKg"]', '0.2', 1);
    await type('sg-goods-line-fields input[formcontrolname="value"]', '10.10', 0);
    await type('sg-goods-line-fields input[formcontrolname="currency"]', 'usd', 0);
    await type('sg-goods-line-fields input[formcontrolname="value"]', '0.2', 1);
    await type('sg-goods-line-fields input[formcontrolname="currency"]', 'USD', 1);

    expect(element().querySelector('sg-goods-totals-panel .net')?.textContent?.trim()).toBe(
      '0.3 kg (0.0003 t)',
    );
    expect(element().querySelector('sg-goods-totals-panel .values')?.textContent?.trim()).toBe('10.3 USD');
  });

  it('searches HS codes and fills the description', async () => {
    await type('sg-goods-line-fields .hs-code input', '0714');
    element()
      .querySelector<HTMLInputElement>('sg-goods-line-fields .hs-code input')!
      .dispatchEvent(new Event('focusin'));
    await settle(HS_SEARCH_DEBOUNCE_MS + 50);

    const search = httpTesting.expectOne((request) => request.url === '/api/reference/hs-codes');
    expect(search.request.params.get('q')).toBe('0714');
    search.flush([CASSAVA]);
    await render();

    const option = [...document.querySelectorAll<HTMLElement>('mat-option')].find((candidate) =>
      candidate.textContent?.includes('0714.10.11'),
    );
    expect(option?.textContent).toContain('Dried cassava chips');
    option!.click();
    await render();

    expect(form().controls.goodsLines.at(0).controls.hsCode.value).toBe('0714.10.11');
    expect(form().controls.goodsLines.at(0).controls.description.value).toBe('Dried cassava chips');
  });

  it('marks documents required for plant imports', async () => {
    const required = () =>
      [...element().querySelectorAll('sg-documents-sighted li.required mat-checkbox')].map((box) =>
        box.textContent?.replace(/\s+/g, ' ').trim(),
      );
    expect(required()).toEqual(['Commercial invoice (required)']);

    await type('sg-goods-line-fields .hs-code input', '07141011');
    await settle(HS_SEARCH_DEBOUNCE_MS + 50);
    httpTesting.expectOne((request) => request.url === '/api/reference/hs-codes').flush([CASSAVA]);
    await render();

    expect(required()).toEqual(['Commercial invoice (required)', 'Phytosanitary certificate (required)']);
    expect(text()).toContain('Imported plant products need a phytosanitary certificate.');

    form().controls.direction.setValue('exit');
    await render();
    expect(required()).toEqual(['Commercial invoice (required)']);
  });

  it('checks the tax code check digit', async () => {
    await type('input[formcontrolname="taxCode"]', '0100233480');

    expect(text()).toContain('Tax code (MST)');
    expect(text()).toMatch(/Declaring company – Tax code \(MST\): .*check digit/i);
  });

  it('names missing fields and sends nothing', async () => {
    await submit();

    expect(text()).toContain('Declaring company – Name is missing.');
    expect(text()).toContain('Goods line 1 – HS code is missing.');
    expect(text()).toMatch(/Commercial invoice.*tick it as checked/);
    expect(document.activeElement?.closest('form')).not.toBeNull();
    httpTesting.expectNone(FILINGS_URL);
  });

  it('files the truck once with its key', async () => {
    fillCompleteFiling();
    await submit();

    const request = httpTesting.expectOne(FILINGS_URL);
    expect(request.request.headers.get(IDEMPOTENCY_KEY_HEADER)).toMatch(/^[0-9a-f-]{36}$/);
    expect(request.request.body).toEqual(
      jasmine.objectContaining({
        kind: 'cargo',
        gateCode: 'LT',
        direction: 'entry',
        company: { name: 'Công ty TNHH Nông sản Gia Lai', taxCode: '0100233488' },
        trailer: undefined,
        documentsSighted: ['commercial_invoice', 'phytosanitary_certificate'],
        photos: [],
      }),
    );
    expect(request.request.body.goodsLines[0]).toEqual(
      jasmine.objectContaining({ hsCode: '0714.10.11', grossWeightKg: '28650.5', unitCode: 'kg' }),
    );
    expect(request.request.body.travellers[0].dateOfBirth).toBe('1990-05-17');
    const view = buildDeclaration({ status: 'approved' });
    request.flush(view);
    await render();

    expect(filed).toEqual([view]);
  });

  it('shows the API field errors', async () => {
    fillCompleteFiling();
    await submit();

    httpTesting.expectOne(FILINGS_URL).flush(
      {
        type: '/api/problems/validation-failed',
        title: 'The request contains invalid data.',
        status: 422,
        errors: [
          { path: 'goodsLines.0.hsCode', code: 'hsCodeNotSelectable', message: '…' },
          { path: 'documentsSighted.import_export_licence', code: 'documentNotSighted', message: '…' },
        ],
      },
      { status: 422, statusText: 'Unprocessable Content' },
    );
    await render();

    const hsField = element().querySelector('sg-goods-line-fields .hs-code');
    expect(hsField?.querySelector('mat-error')?.textContent).toContain('Goods line 1 – HS code');
    expect(text()).toMatch(/Paper documents checked – Import or export licence: this document is required/);
    expect(filed).toEqual([]);
  });

  it('rejects decimals the unit does not allow', async () => {
    fillCompleteFiling();
    form().controls.goodsLines.at(0).patchValue({ unitCode: 'bag', quantity: '12.5' });
    await submit();

    expect(element().querySelector('sg-goods-line-fields')?.textContent).toContain(
      'this unit allows at most 0 decimal places',
    );
    httpTesting.expectNone(FILINGS_URL);
  });
});
