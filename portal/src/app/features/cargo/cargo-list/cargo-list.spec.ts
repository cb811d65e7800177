import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import type { DeclarationSummary } from '@smartgate/shared-models';

import { provideDateInputs } from '../../../shared/dates/date-input-formats';
import english from '../../../../../public/i18n/en.json';
import { CargoList } from './cargo-list';

const LIST_URL = '/api/applicant/businesses/b-1/cargo-declarations';

const ISSUED: DeclarationSummary = {
  id: 'd-1',
  kind: 'cargo',
  businessName: 'Công ty Nông sản Đức Cơ',
  goodsSummary: '28.5 t – Sắn lát khô',
  vehiclePlate: '81C-123.45',
  status: 'issued',
  version: 4,
  referenceCode: 'LT-7K3Q-9C2M',
  gateCode: 'LT',
  direction: 'entry',
  plannedCrossingDate: '2026-12-06',
  leadTravellerName: 'Rơ Châm Thuận',
  travellerCount: 1,
  submittedAt: '2026-12-05T02:00:00.000Z',
  updatedAt: '2026-12-05T03:00:00.000Z',
  resultNumber: 'LT-2026-000123',
};

describe('CargoList', () => {
  let fixture: ComponentFixture<CargoList>;
  let http: HttpTestingController;
  let host: HTMLElement;

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function headingText(): string {
    return host.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'business/:businessId/cargo', component: CargoList }]),
        provideTranslateService({ fallbackLang: 'en' }),
        provideDateInputs(),
      ],
    });
    TestBed.inject(TranslateService).setTranslation('en', english);
    await TestBed.inject(TranslateService).use('en');
    http = TestBed.inject(HttpTestingController);

    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/business/b-1/cargo', CargoList);
    fixture = harness.fixture as unknown as ComponentFixture<CargoList>;
    host = harness.routeNativeElement!;
    await settle();
    http.expectOne('/api/public/gates').flush([]);
    http.expectOne('/api/applicant/businesses/b-1').flush({
      id: 'b-1',
      taxCode: '0100109106',
      taxCodeKind: 'enterprise',
      name: 'Công ty Nông sản Đức Cơ',
      address: 'Đức Cơ, Gia Lai',
      contactName: 'Nguyễn Thị Mai',
      contactPhone: '0269381234',
      contactEmail: 'mai@example.test',
      version: 1,
      role: 'staff',
      createdAt: '2026-12-01T00:00:00.000Z',
      updatedAt: '2026-12-01T00:00:00.000Z',
    });
  });

  afterEach(() => http.verify());

  it('shows reference, plate, goods and status of each declaration', async () => {
    http
      .expectOne(`${LIST_URL}?page=1&pageSize=20`)
      .flush({ items: [ISSUED], total: 1, page: 1, pageSize: 20 });
    await settle();

    const row = host.querySelector('.declaration')!;
    expect(headingText()).toBe('LT-7K3Q-9C2M – Import');
    expect(row.querySelector('.plate')?.textContent?.trim()).toBe('81C-123.45');
    expect(row.textContent).toContain('28.5 t – Sắn lát khô');
    expect(row.querySelector('sg-status-chip')?.textContent?.trim()).toBe('Result issued');
    expect(row.querySelector('h2 a')?.getAttribute('href')).toBe('/business/b-1/cargo/d-1');
  });

  it('links the company pages', async () => {
    http.expectOne(`${LIST_URL}?page=1&pageSize=20`).flush({ items: [], total: 0, page: 1, pageSize: 20 });
    await settle();

    expect(host.querySelector('sg-business-nav')?.textContent).toContain('Công ty Nông sản Đức Cơ');
  });

  it('calls a draft without reference a draft', async () => {
    http.expectOne(`${LIST_URL}?page=1&pageSize=20`).flush({
      items: [{ ...ISSUED, status: 'draft', referenceCode: null, direction: 'exit', resultNumber: null }],
      total: 1,
      page: 1,
      pageSize: 20,
    });
    await settle();

    expect(headingText()).toBe('Draft – Export');
  });

  it('copies a declaration and opens the copy', async () => {
    http
      .expectOne(`${LIST_URL}?page=1&pageSize=20`)
      .flush({ items: [ISSUED], total: 1, page: 1, pageSize: 20 });
    await settle();
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);

    const copy = host.querySelector<HTMLButtonElement>('sg-copy-button button')!;
    expect(copy.getAttribute('aria-label')).toBe(
      'Copy the declaration LT-7K3Q-9C2M, 81C-123.45, 28.5 t – Sắn lát khô',
    );
    copy.click();
    await settle();
    http.expectOne({ method: 'POST', url: `${LIST_URL}/d-1/copy` }).flush({ id: 'd-2' });
    await settle();

    expect(navigate).toHaveBeenCalledWith(['/business', 'b-1', 'cargo', 'd-2'], {
      state: { copiedCargoDeclaration: true },
    });
  });

  it('says so when the business has no declarations', async () => {
    http.expectOne(`${LIST_URL}?page=1&pageSize=20`).flush({ items: [], total: 0, page: 1, pageSize: 20 });
    await settle();

    expect(host.textContent).toContain('Your company has no cargo declarations yet.');
  });
});
