import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import type { GoodsLine } from '@smartgate/shared-models';

import { provideDateInputs } from '../../../shared/dates/date-input-formats';
import english from '../../../../../public/i18n/en.json';
import { CargoDeclarationsApi } from '../../../core/api/cargo-declarations-api';
import { GoodsImport } from './goods-import';

const IMPORT_URL = '/api/applicant/businesses/b-1/cargo-declarations/d-1/goods-import';

const LINE: GoodsLine = {
  hsCode: '07141011',
  description: 'Sắn lát khô',
  quantity: '28000',
  unitCode: 'kg',
  netWeightKg: '28000',
  grossWeightKg: '28150',
  value: '6720',
  currency: 'USD',
  originCountry: 'KHM',
};

describe('GoodsImport', () => {
  let fixture: ComponentFixture<GoodsImport>;
  let http: HttpTestingController;
  let host: HTMLElement;
  let imported: GoodsLine[][];
  let saves: number;

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function chooseFile(name: string, content: string): Promise<void> {
    const input = host.querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], name, { type: 'text/csv' }));
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
        provideDateInputs(),
      ],
    });
    TestBed.inject(TranslateService).setTranslation('en', english);
    await TestBed.inject(TranslateService).use('en');
    http = TestBed.inject(HttpTestingController);

    fixture = TestBed.createComponent(GoodsImport);
    host = fixture.nativeElement as HTMLElement;
    imported = [];
    saves = 0;
    fixture.componentRef.setInput('store', TestBed.inject(CargoDeclarationsApi).forBusiness('b-1'));
    fixture.componentRef.setInput('saveDraft', async () => {
      saves++;
      return { id: 'd-1' };
    });
    fixture.componentInstance.imported.subscribe((lines) => imported.push(lines));
    await settle();
  });

  afterEach(() => http.verify());

  it('links both templates in the interface language', () => {
    const links = Array.from(host.querySelectorAll('a')).map((link) => link.getAttribute('href'));

    expect(links).toEqual([
      '/api/reference/goods-import-template.csv?lang=vi',
      '/api/reference/goods-import-template.xlsx?lang=vi',
    ]);
  });

  it('saves the draft, then sends the file', async () => {
    await chooseFile('goods.csv', '\uFEFFMã HS;Mô tả hàng hóa\n');

    const request = http.expectOne({ method: 'POST', url: IMPORT_URL });
    expect(saves).toBe(1);
    expect((request.request.body as FormData).get('file')).toEqual(jasmine.any(File));
    request.flush({ lines: [LINE], rejectedRows: [], applied: false, version: null });
    await settle();

    expect(imported).toEqual([[LINE]]);
    expect(host.textContent).toContain('Goods lines added from goods.csv: 1.');
  });

  it('lists rejected rows and adds nothing', async () => {
    await chooseFile('goods.csv', 'x');

    http.expectOne(IMPORT_URL).flush({
      lines: [LINE],
      rejectedRows: [
        {
          row: 3,
          field: 'grossWeightKg',
          column: 'Trọng lượng cả bì (kg)',
          message: 'Gross weight below net',
        },
        { row: 5, field: 'row', column: null, message: 'Row has too few columns' },
      ],
      applied: false,
      version: null,
    });
    await settle();

    const rows = Array.from(host.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent?.trim()),
    );
    expect(imported).toEqual([]);
    expect(rows).toEqual([
      ['3', 'Trọng lượng cả bì (kg)', 'Gross weight below net'],
      ['5', 'Whole row', 'Row has too few columns'],
    ]);
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Problems found in goods.csv: 2.');
  });

  it('shows the reason when the API rejects the file', async () => {
    await chooseFile('goods.pdf', '%PDF-1.4');

    http.expectOne(IMPORT_URL).flush(
      {
        type: '/api/problems/validation-failed',
        title: 'Invalid request',
        status: 400,
        detail: 'The file is neither CSV nor XLSX.',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(host.querySelector('[role="alert"]')?.textContent).toContain('The file is neither CSV nor XLSX.');
  });

  it('sends nothing when the draft cannot be saved', async () => {
    fixture.componentRef.setInput('saveDraft', async () => null);

    await chooseFile('goods.csv', 'x');

    http.expectNone(IMPORT_URL);
  });
});
