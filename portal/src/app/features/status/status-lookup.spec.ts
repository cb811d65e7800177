import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import type { DeclarationStatusAnswer } from '@smartgate/shared-models';

import english from '../../../../public/i18n/en.json';
import khmer from '../../../../public/i18n/km.json';
import vietnamese from '../../../../public/i18n/vi.json';
import { LanguageService } from '../../core/i18n/language.service';
import { provideDateInputs } from '../../shared/dates/date-input-formats';
import { StatusLookup } from './status-lookup';

const LOOKUP_URL = '/api/public/declaration-status';

const ANSWER: DeclarationStatusAnswer = {
  referenceCode: 'LT-7K3Q-9C2M',
  status: 'changes_requested',
  gate: {
    code: 'LT',
    nameVi: 'Cửa khẩu quốc tế Lệ Thanh',
    nameEn: 'Le Thanh',
    nameKm: 'ច្រកព្រំដែនអន្តរជាតិឡេថាញ់',
  },
  direction: 'exit',
  plannedCrossingDate: '2026-12-10',
};

describe('StatusLookup', () => {
  let fixture: ComponentFixture<StatusLookup>;
  let http: HttpTestingController;
  let host: HTMLElement;

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService({ fallbackLang: 'vi' }),
        provideDateInputs(),
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('vi', vietnamese);
    translate.setTranslation('en', english);
    translate.setTranslation('km', khmer);
    translate.use('vi');

    fixture = TestBed.createComponent(StatusLookup);
    http = TestBed.inject(HttpTestingController);
    host = fixture.nativeElement as HTMLElement;
    await settle();
  });

  afterEach(() => http.verify());

  function type(index: number, value: string): void {
    const input = host.querySelectorAll('input')[index];
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  async function submit(): Promise<void> {
    host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();
  }

  function errors(): string[] {
    return [...host.querySelectorAll('mat-error')].map((error) => error.textContent?.trim() ?? '');
  }

  it('posts the lookup and shows the status', async () => {
    type(0, 'lt 7k3q 9c2m');
    type(1, '02/11/1979');
    await submit();

    const request = http.expectOne(LOOKUP_URL);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ referenceCode: 'LT-7K3Q-9C2M', leadDateOfBirth: '1979-11-02' });
    request.flush(ANSWER);
    await settle();

    expect(host.querySelector('.verdict-text')?.textContent?.trim()).toBe('Cần sửa đổi');
    expect(host.textContent).toContain('Cửa khẩu quốc tế Lệ Thanh');
    expect(host.textContent).toContain('10/12/2026');
  });

  it('names each invalid field without asking the API', async () => {
    type(0, 'LT-12');
    await submit();

    http.expectNone(LOOKUP_URL);
    expect(errors()).toEqual([
      jasmine.stringContaining('Mã tham chiếu không hợp lệ'),
      'Ngày sinh của người khai chính: chưa nhập. Vui lòng điền thông tin này.',
    ]);
  });

  it('reports a date that cannot be read as invalid', async () => {
    type(0, 'LT-7K3Q-9C2M');
    type(1, '31/02/1979');
    await submit();

    http.expectNone(LOOKUP_URL);
    expect(errors()).toEqual([jasmine.stringContaining('Ngày sinh của người khai chính')]);
    expect(errors()[0]).toContain('dd/MM/yyyy');
  });

  it('rejects a birth date after today', async () => {
    type(0, 'LT-7K3Q-9C2M');
    type(1, '01/01/2999');
    await submit();

    http.expectNone(LOOKUP_URL);
    expect(errors()).toEqual([jasmine.stringContaining('Ngày sinh của người khai chính')]);
  });

  it('says no declaration matched on 404', async () => {
    type(0, 'LT-7K3Q-9C2M');
    type(1, '02/11/1979');
    await submit();

    http
      .expectOne(LOOKUP_URL)
      .flush(
        { type: '/api/problems/not-found', title: 'Not found.', status: 404 },
        { status: 404, statusText: 'Not Found' },
      );
    await settle();

    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'Không có tờ khai nào khớp với mã tham chiếu và ngày sinh này.',
    );
  });

  it('asks to wait after too many failed lookups', async () => {
    type(0, 'LT-7K3Q-9C2M');
    type(1, '02/11/1979');
    await submit();

    http
      .expectOne(LOOKUP_URL)
      .flush(
        { type: '/api/problems/too-many-requests', title: 'Too many requests.', status: 429 },
        { status: 429, statusText: 'Too Many Requests' },
      );
    await settle();

    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Vui lòng đợi 15 phút');
  });

  it('follows a switch to Khmer at once', async () => {
    type(0, 'LT-7K3Q-9C2M');
    type(1, '02/11/1979');
    await submit();
    http.expectOne(LOOKUP_URL).flush(ANSWER);
    await settle();

    const language = TestBed.inject(LanguageService);
    const initialized = language.initialize();
    http.expectOne('i18n/languages.json').flush([
      { code: 'vi', name: 'Tiếng Việt' },
      { code: 'en', name: 'English' },
      { code: 'km', name: 'ខ្មែរ' },
    ]);
    await initialized;
    await language.switchTo('km');
    await settle();

    expect(host.querySelector('.verdict-text')?.textContent?.trim()).toBe('ត្រូវការកែប្រែ');
    expect(host.textContent).toContain('ច្រកព្រំដែនអន្តរជាតិឡេថាញ់');
  });
});
