import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import type { Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import type { BusinessView } from '@smartgate/shared-models';
import { of } from 'rxjs';

import english from '../../../../../public/i18n/en.json';
import { provideDateInputs } from '../../../shared/dates/date-input-formats';

export const BUSINESS_ID = '7d0c0b4e-1f5a-4a8e-9a53-2f4b9c1d0e11';
export const BUSINESS_URL = `/api/applicant/businesses/${BUSINESS_ID}`;

/** A business as the API returns it, with the reader's role. */
export function businessView(overrides: Partial<BusinessView> = {}): BusinessView {
  return {
    id: BUSINESS_ID,
    taxCode: '0100109106',
    taxCodeKind: 'enterprise',
    name: 'Công ty TNHH Nông sản Đức Cơ',
    address: 'Chư Ty, Đức Cơ, Gia Lai',
    contactName: 'Phạm Văn Hùng',
    contactPhone: '0912345678',
    contactEmail: 'lienhe@nongsanducco.vn',
    version: 1,
    role: 'administrator',
    createdAt: '2026-12-01T02:00:00.000Z',
    updatedAt: '2026-12-01T02:00:00.000Z',
    ...overrides,
  };
}

/** Sets up the testing module of a business page: HTTP testing, English texts and a route with the business id. */
export async function configureBusinessPage(
  options: { fragment?: string | null; providers?: Provider[] } = {},
): Promise<void> {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      provideDateInputs(),
      provideTranslateService({ fallbackLang: 'en' }),
      {
        provide: ActivatedRoute,
        useValue: {
          paramMap: of(convertToParamMap({ businessId: BUSINESS_ID })),
          snapshot: {
            fragment: options.fragment ?? null,
            paramMap: convertToParamMap({ businessId: BUSINESS_ID }),
          },
        },
      },
      ...(options.providers ?? []),
    ],
  });
  const translate = TestBed.inject(TranslateService);
  translate.setTranslation('en', english);
  await new Promise((resolve) => translate.use('en').subscribe(resolve));
}

/** Lets pending promises, HTTP callbacks and change detection run. */
export async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}
