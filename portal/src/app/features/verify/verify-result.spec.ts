import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import type { ResultVerification } from '@smartgate/shared-models';

import vietnamese from '../../../../public/i18n/vi.json';
import { provideDateInputs } from '../../shared/dates/date-input-formats';
import { VerifyResult } from './verify-result';

const TOKEN = 'q7Wd0f3X_token-from-the-qr-code';

function verification(overrides: Partial<ResultVerification> = {}): ResultVerification {
  return {
    status: 'valid',
    resultNumber: 'LT-2026-000001',
    gate: { code: 'LT', nameVi: 'Lệ Thanh', nameEn: 'Le Thanh' },
    direction: 'exit',
    validFrom: '2026-03-09',
    validUntil: '2026-03-16',
    maskedName: 'N***** T**** T****',
    travellerCount: 2,
    firstCrossedAt: null,
    ...overrides,
  };
}

describe('VerifyResult', () => {
  let fixture: ComponentFixture<VerifyResult>;
  let http: HttpTestingController;
  let host: HTMLElement;

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({ fallbackLang: 'vi' }),
        provideDateInputs(),
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('vi', vietnamese);
    translate.use('vi');

    fixture = TestBed.createComponent(VerifyResult);
    fixture.componentRef.setInput('token', TOKEN);
    http = TestBed.inject(HttpTestingController);
    host = fixture.nativeElement as HTMLElement;
    await settle();
  });

  afterEach(() => http.verify());

  function verdict(): string {
    return host.querySelector('.verdict-text')?.textContent?.trim() ?? '';
  }

  it('shows a valid result in full', async () => {
    http.expectOne(`/api/public/results/${TOKEN}`).flush(verification());
    await settle();

    expect(verdict()).toBe('Hợp lệ');
    expect(host.textContent).toContain('LT-2026-000001');
    expect(host.textContent).toContain('Lệ Thanh');
    expect(host.textContent).toContain('09/03/2026 – 16/03/2026');
    expect(host.textContent).toContain('N***** T**** T****');
  });

  it('shows a revoked result as revoked', async () => {
    http.expectOne(`/api/public/results/${TOKEN}`).flush(verification({ status: 'revoked' }));
    await settle();

    expect(verdict()).toBe('Đã thu hồi');
    expect(host.querySelector('.verdict')?.classList).toContain('verdict-revoked');
  });

  it('shows an expired result as expired', async () => {
    http.expectOne(`/api/public/results/${TOKEN}`).flush(verification({ status: 'expired' }));
    await settle();

    expect(verdict()).toBe('Hết hiệu lực');
  });

  it('shows a used result with its first crossing', async () => {
    const usedResult = verification({ status: 'used', firstCrossedAt: '2026-03-09T01:05:00.000Z' });
    http.expectOne(`/api/public/results/${TOKEN}`).flush(usedResult);
    await settle();

    expect(verdict()).toBe('Đã sử dụng');
    expect(host.textContent).toContain('Lần qua cửa khẩu đầu tiên');
    expect(host.textContent).toContain('09/03/2026, 08:05');
  });

  it('says not found for an unknown token', async () => {
    http
      .expectOne(`/api/public/results/${TOKEN}`)
      .flush(
        { type: '/api/problems/not-found', title: 'Không tìm thấy', status: 404 },
        { status: 404, statusText: 'Not Found' },
      );
    await settle();

    expect(verdict()).toBe('Không tìm thấy');
  });

  it('explains a rate limit instead of a verdict', async () => {
    http
      .expectOne(`/api/public/results/${TOKEN}`)
      .flush(null, { status: 429, statusText: 'Too Many Requests' });
    await settle();

    expect(verdict()).toBe('');
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('quá nhiều lần');
  });
});
