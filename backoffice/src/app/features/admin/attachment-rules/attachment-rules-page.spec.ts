import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { AttachmentRule } from '@smartgate/shared-models';

import { LanguageState } from '../../../core/i18n/language-state';
import { provideTestTranslations } from '../../../../testing/test-translations';
import { AttachmentRulesPage } from './attachment-rules-page';

const URL = '/api/officer/reference/attachment-rules';

const INVOICE: AttachmentRule = {
  id: '5b0c8f8e-7f0a-4d36-9a55-0f3f9f4f2d11',
  attachmentType: 'commercial_invoice',
  direction: null,
  hsChapterFrom: null,
  hsChapterTo: null,
  hsControl: null,
  active: true,
  noteVi: 'Mọi lô hàng cần hóa đơn thương mại.',
  noteEn: 'Every consignment needs a commercial invoice.',
  version: 1,
};
const PHYTOSANITARY: AttachmentRule = {
  id: '0d6f5a52-43a4-4c57-9b0e-6d3f3c8f61a1',
  attachmentType: 'phytosanitary_certificate',
  direction: 'entry',
  hsChapterFrom: '06',
  hsChapterTo: '14',
  hsControl: null,
  active: true,
  noteVi: 'Hàng nhập khẩu là sản phẩm thực vật cần giấy kiểm dịch thực vật.',
  noteEn: 'Imports of plant products need a phytosanitary certificate.',
  version: 2,
};
const LICENCE: AttachmentRule = {
  ...INVOICE,
  id: '9a1d7c55-2b7e-4f0e-8d7a-3c2b1a0f9e88',
  attachmentType: 'import_export_licence',
  hsControl: 'licence_required',
  active: false,
  noteVi: 'Hàng thuộc diện phải có giấy phép.',
  noteEn: 'Goods under licence control.',
};

/** Lets pending promise callbacks run. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('AttachmentRulesPage', () => {
  let fixture: ComponentFixture<AttachmentRulesPage>;
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

    fixture = TestBed.createComponent(AttachmentRulesPage);
    fixture.detectChanges();
    httpTesting.expectOne({ method: 'GET', url: URL }).flush([INVOICE, PHYTOSANITARY, LICENCE]);
    await render();
  });

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((container) => container.remove());
    httpTesting.verify();
  });

  async function render(): Promise<void> {
    await settle();
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
  }

  function page(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function rows(): string[][] {
    return [...page().querySelectorAll('tr.mat-mdc-row')].map((row) =>
      [...row.querySelectorAll('td')].slice(0, -1).map((cell) => cell.textContent?.trim() ?? ''),
    );
  }

  function overlay(): HTMLElement {
    return document.querySelector<HTMLElement>('.cdk-overlay-container')!;
  }

  function button(name: string, root: ParentNode, index = 0): HTMLButtonElement {
    const matches = [...root.querySelectorAll('button')].filter(
      (candidate) => candidate.textContent?.trim() === name,
    );
    expect(matches.length).withContext(`buttons named "${name}"`).toBeGreaterThan(index);
    return matches[index];
  }

  function type(field: string, text: string): void {
    const input = overlay().querySelector<HTMLInputElement | HTMLTextAreaElement>(
      `[formcontrolname="${field}"]`,
    )!;
    input.value = text;
    input.dispatchEvent(new Event('input'));
  }

  async function choose(field: string, option: string): Promise<void> {
    overlay()
      .querySelector<HTMLElement>(`mat-select[formcontrolname="${field}"] .mat-mdc-select-trigger`)!
      .click();
    await render();
    const options = [...overlay().querySelectorAll<HTMLElement>('mat-option')];
    options.find((candidate) => candidate.textContent?.trim() === option)!.click();
    await render();
  }

  async function click(target: HTMLButtonElement): Promise<void> {
    target.click();
    await render();
  }

  it('lists each rule with its conditions and notes', () => {
    expect(rows()).toEqual([
      [
        'Commercial invoice',
        'Import and export',
        'Any chapter',
        'Any HS code',
        'Active',
        INVOICE.noteVi,
        INVOICE.noteEn,
      ],
      [
        'Phytosanitary certificate',
        'Import',
        '06–14',
        'Any HS code',
        'Active',
        PHYTOSANITARY.noteVi,
        PHYTOSANITARY.noteEn,
      ],
      [
        'Import or export licence',
        'Import and export',
        'Any chapter',
        'Licence required',
        'Inactive',
        LICENCE.noteVi,
        LICENCE.noteEn,
      ],
    ]);
  });

  it('adds a rule and lists it', async () => {
    await click(button('Add rule', page()));
    await choose('attachmentType', 'Certificate of origin (Form D)');
    await choose('direction', 'Export');
    type('hsChapterFrom', '31');
    type('hsChapterTo', '31');
    type('noteVi', 'Phân bón xuất khẩu cần C/O mẫu D.');
    type('noteEn', 'Fertilizer exports need a Form D certificate of origin.');
    await click(button('Save rule', overlay()));

    const request = httpTesting.expectOne({ method: 'POST', url: URL });
    expect(request.request.body).toEqual({
      attachmentType: 'certificate_of_origin_form_d',
      direction: 'exit',
      hsChapterFrom: '31',
      hsChapterTo: '31',
      hsControl: null,
      active: true,
      noteVi: 'Phân bón xuất khẩu cần C/O mẫu D.',
      noteEn: 'Fertilizer exports need a Form D certificate of origin.',
    });
    request.flush({ ...(request.request.body as object), id: 'new-rule', version: 1 });
    await render();

    expect(rows().length).toBe(4);
    expect(rows()[3].slice(0, 4)).toEqual([
      'Certificate of origin (Form D)',
      'Export',
      '31–31',
      'Any HS code',
    ]);
  });

  it('shows a reversed chapter range on its field without saving', async () => {
    await click(button('Edit', page(), 1));
    type('hsChapterFrom', '14');
    type('hsChapterTo', '6');
    await click(button('Save rule', overlay()));

    httpTesting.expectNone({ method: 'PUT' });
    expect(overlay().textContent).toContain(
      'Last HS chapter is before the first chapter of the range. Please swap the two chapters.',
    );
  });

  it('shows the missing notes of a new rule', async () => {
    await click(button('Add rule', page()));
    await click(button('Save rule', overlay()));

    httpTesting.expectNone({ method: 'POST', url: URL });
    expect(overlay().textContent).toContain('Note in Vietnamese is missing. Please fill it in.');
    expect(overlay().textContent).toContain('Note in English is missing. Please fill it in.');
  });

  it('puts the API field errors on their fields', async () => {
    await click(button('Edit', page(), 0));
    await click(button('Save rule', overlay()));

    httpTesting.expectOne({ method: 'PUT', url: `${URL}/${INVOICE.id}` }).flush(
      {
        type: '/api/problems/validation-failed',
        title: 'Invalid request',
        status: 400,
        errors: [
          { path: 'noteEn', code: 'tooLong', message: 'Too long.' },
          { path: 'hsChapterFrom', code: 'invalidHsChapter', message: 'Invalid.' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await render();

    expect(overlay().textContent).toContain('Note in English is too long. Please shorten it.');
    expect(overlay().textContent).toContain('First HS chapter must be a 2-digit HS chapter from 01 to 99');
  });

  it('offers the current rule after a version conflict', async () => {
    await click(button('Edit', page(), 1));
    type('hsChapterTo', '12');
    await click(button('Save rule', overlay()));
    httpTesting
      .expectOne({ method: 'PUT', url: `${URL}/${PHYTOSANITARY.id}` })
      .flush(
        { type: '/api/problems/version-conflict', title: 'Conflict', status: 409 },
        { status: 409, statusText: 'Conflict' },
      );
    await render();

    expect(overlay().textContent).toContain('Another administrator changed this rule after you opened it');
    expect(button('Save rule', overlay()).disabled).toBeTrue();

    const changedByOther = { ...PHYTOSANITARY, noteEn: 'Plant products need a certificate.', version: 3 };
    await click(button('Load the current rule', overlay()));
    httpTesting.expectOne({ method: 'GET', url: URL }).flush([INVOICE, changedByOther, LICENCE]);
    await render();

    const noteEn = overlay().querySelector<HTMLTextAreaElement>('[formcontrolname="noteEn"]')!;
    expect(noteEn.value).toBe('Plant products need a certificate.');
    expect(overlay().textContent).toContain('The current rule is loaded.');
    expect(rows()[1][6]).toBe('Plant products need a certificate.');

    type('hsChapterTo', '12');
    await click(button('Save rule', overlay()));
    const retry = httpTesting.expectOne({ method: 'PUT', url: `${URL}/${PHYTOSANITARY.id}` });
    expect(retry.request.body).toEqual(
      jasmine.objectContaining({
        hsChapterTo: '12',
        noteEn: 'Plant products need a certificate.',
        version: 3,
      }),
    );
    retry.flush({ ...changedByOther, hsChapterTo: '12', version: 4 });
    await render();

    expect(rows()[1][2]).toBe('06–12');
  });

  it('deactivates a rule at its version', async () => {
    await click(button('Deactivate', page(), 1));

    const request = httpTesting.expectOne({ method: 'PUT', url: `${URL}/${PHYTOSANITARY.id}` });
    const { id: _id, ...fields } = PHYTOSANITARY;
    expect(request.request.body).toEqual({ ...fields, active: false });
    request.flush({ ...PHYTOSANITARY, active: false, version: 3 });
    await render();

    expect(rows()[1][4]).toBe('Inactive');
    expect(button('Activate', page(), 1)).toBeDefined();
  });

  it('reports a conflict on activation and reloads the list', async () => {
    await click(button('Activate', page()));
    httpTesting
      .expectOne({ method: 'PUT', url: `${URL}/${LICENCE.id}` })
      .flush(
        { type: '/api/problems/version-conflict', title: 'Conflict', status: 409 },
        { status: 409, statusText: 'Conflict' },
      );
    await render();

    expect(page().textContent).toContain('Another administrator changed this rule first');

    await click(button('Reload the list', page()));
    httpTesting
      .expectOne({ method: 'GET', url: URL })
      .flush([INVOICE, PHYTOSANITARY, { ...LICENCE, active: true }]);
    await render();

    expect(page().textContent).not.toContain('Another administrator changed this rule first');
    expect(rows()[2][4]).toBe('Active');
  });
});
