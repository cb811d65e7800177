import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import {
  ATTACHMENT_FILE_FIELD,
  ATTACHMENT_TYPE_FIELD,
  type CargoAttachment,
  type CargoView,
  type DeclarationView,
} from '@smartgate/shared-models';

import english from '../../../../../public/i18n/en.json';
import { CargoDeclarationsApi } from '../../../core/api/cargo-declarations-api';
import { FieldComments } from '../../declarations/change-requests/field-comments';
import { CargoAttachments } from './cargo-attachments';

const DECLARATION_URL = '/api/applicant/businesses/b-1/cargo-declarations/d-1';

const INVOICE: CargoAttachment = {
  id: 'a-1',
  type: 'commercial_invoice',
  originalName: 'invoice.pdf',
  mediaType: 'application/pdf',
  sizeBytes: 2048,
  sha256: 'f'.repeat(64),
  createdAt: '2026-12-05T02:00:00.000Z',
};

function view(cargo: Partial<CargoView>): DeclarationView {
  return {
    id: 'd-1',
    kind: 'cargo',
    status: 'draft',
    version: 2,
    data: { travellers: [] },
    createdAt: '2026-12-05T02:00:00.000Z',
    updatedAt: '2026-12-05T02:00:00.000Z',
    submittedAt: null,
    decidedAt: null,
    rejectionReason: null,
    result: null,
    cargo: {
      business: { id: 'b-1', taxCode: '0100109106', name: 'Công ty Nông sản Đức Cơ' },
      plannedArrivalAt: null,
      counterpart: null,
      vehicle: null,
      trailer: null,
      goodsLines: [],
      totals: {
        netWeightKg: '0',
        grossWeightKg: '0',
        netWeightTonnes: '0',
        grossWeightTonnes: '0',
        values: [],
      },
      attachments: [],
      requiredAttachments: [],
      ...cargo,
    },
  };
}

describe('CargoAttachments', () => {
  let fixture: ComponentFixture<CargoAttachments>;
  let http: HttpTestingController;
  let host: HTMLElement;

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function missingTypes(): string[] {
    return Array.from(host.querySelectorAll('.missing li')).map((item) => item.textContent?.trim() ?? '');
  }

  async function chooseFile(file: File): Promise<void> {
    const input = host.querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await settle();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({ fallbackLang: 'en' }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        FieldComments,
      ],
    });
    TestBed.inject(TranslateService).setTranslation('en', english);
    await TestBed.inject(TranslateService).use('en');
    http = TestBed.inject(HttpTestingController);

    fixture = TestBed.createComponent(CargoAttachments);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('store', TestBed.inject(CargoDeclarationsApi).forBusiness('b-1'));
    fixture.componentRef.setInput('saveDraft', async () => ({ id: 'd-1' }));
    fixture.componentRef.setInput(
      'declaration',
      view({
        attachments: [INVOICE],
        requiredAttachments: ['packing_list', 'phytosanitary_certificate'],
      }),
    );
    await settle();
  });

  afterEach(() => http.verify());

  it('lists the documents still required', () => {
    expect(missingTypes()).toEqual(['Packing list', 'Phytosanitary certificate']);
  });

  it('lists the uploaded files with a download link', () => {
    const link = host.querySelector<HTMLAnchorElement>('.files a')!;

    expect(host.querySelector('.files')?.textContent).toContain('Commercial invoice');
    expect(link.textContent?.trim()).toBe('invoice.pdf');
    expect(link.getAttribute('href')).toBe(`${DECLARATION_URL}/attachments/a-1`);
  });

  it('uploads a typed file and refreshes what is missing', async () => {
    fixture.componentInstance['typeControl'].setValue('phytosanitary_certificate');
    await chooseFile(new File(['%PDF-1.4'], 'phyto.pdf', { type: 'application/pdf' }));

    const upload = http.expectOne({ method: 'POST', url: `${DECLARATION_URL}/attachments` });
    const body = upload.request.body as FormData;
    expect(body.get(ATTACHMENT_TYPE_FIELD)).toBe('phytosanitary_certificate');
    expect((body.get(ATTACHMENT_FILE_FIELD) as File).name).toBe('phyto.pdf');
    upload.flush({ ...INVOICE, id: 'a-2', type: 'phytosanitary_certificate', originalName: 'phyto.pdf' });
    await settle();
    http
      .expectOne(DECLARATION_URL)
      .flush(view({ attachments: [INVOICE], requiredAttachments: ['packing_list'] }));
    await settle();

    expect(missingTypes()).toEqual(['Packing list']);
  });

  it('shows the reason the API rejects a file', async () => {
    fixture.componentInstance['typeControl'].setValue('packing_list');
    await chooseFile(new File(['MZ'], 'list.exe'));

    http.expectOne(`${DECLARATION_URL}/attachments`).flush(
      {
        type: '/api/problems/unsupported-media-type',
        title: 'Unsupported file',
        status: 415,
        detail: 'The file is not a PDF, JPEG or PNG image.',
      },
      { status: 415, statusText: 'Unsupported Media Type' },
    );
    await settle();

    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'The file is not a PDF, JPEG or PNG image.',
    );
  });

  it('refuses a file over 10 MB before sending it', async () => {
    fixture.componentInstance['typeControl'].setValue('packing_list');
    await chooseFile(new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.pdf'));

    http.expectNone(`${DECLARATION_URL}/attachments`);
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('larger than 10 MB');
  });

  it('removes a file', async () => {
    const remove = Array.from(host.querySelectorAll('button')).find((button) =>
      button.getAttribute('aria-label')?.startsWith('Remove Commercial invoice'),
    )!;
    remove.click();
    await settle();

    http
      .expectOne({ method: 'DELETE', url: `${DECLARATION_URL}/attachments/a-1` })
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    http.expectOne(DECLARATION_URL).flush(view({ requiredAttachments: ['commercial_invoice'] }));
    await settle();

    expect(host.querySelector('.files')).toBeNull();
    expect(missingTypes()).toEqual(['Commercial invoice']);
  });

  it('shows the officer comment under its document type', async () => {
    TestBed.inject(FieldComments).show({
      round: 1,
      comment: null,
      fieldComments: [
        { field: 'attachments.packing_list', comment: 'Please attach the signed packing list.' },
      ],
      requestedAt: '2026-12-05T03:00:00.000Z',
      resubmittedAt: null,
    });
    await settle();

    const missing = host.querySelectorAll('.missing li')[0];
    expect(missing.textContent).toContain('Please attach the signed packing list.');
  });

  it('offers no changes once submitted', async () => {
    fixture.componentRef.setInput('editable', false);
    await settle();

    expect(host.querySelector('input[type="file"]')).toBeNull();
    expect(Array.from(host.querySelectorAll('button')).length).toBe(0);
  });
});
