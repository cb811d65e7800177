import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import type { TravellerDraft, TravellerProfileView } from '@smartgate/shared-models';

import english from '../../../../../public/i18n/en.json';
import { createTravellerForm, type TravellerForm } from '../declaration-form/declaration-form-model';
import { SaveTravellerButton } from './save-traveller-button';

const PROFILES = '/api/applicant/traveller-profiles';

const TRAVELLER: TravellerDraft = {
  fullName: 'Chan Sokhom',
  sex: 'female',
  dateOfBirth: '1990-05-17',
  nationality: 'KHM',
  documentType: 'passport',
  documentNumber: 'N01234567',
  documentExpiryDate: '2030-01-31',
};

function saved(id: string, traveller: TravellerDraft, version = 1): TravellerProfileView {
  return {
    id,
    version,
    traveller,
    createdAt: '2026-03-01T02:00:00.000Z',
    updatedAt: '2026-03-01T02:00:00.000Z',
  };
}

describe('SaveTravellerButton', () => {
  let fixture: ComponentFixture<SaveTravellerButton>;
  let http: HttpTestingController;
  let group: TravellerForm;
  let host: HTMLElement;

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function clickSave(): Promise<void> {
    host.querySelector('button')!.click();
    await settle();
  }

  function message(): string {
    return host.querySelector('[role="status"]')?.textContent?.trim() ?? '';
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({ fallbackLang: 'en' }),
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', english);
    await new Promise((resolve) => translate.use('en').subscribe(resolve));

    http = TestBed.inject(HttpTestingController);
    group = createTravellerForm(TRAVELLER);
    fixture = TestBed.createComponent(SaveTravellerButton);
    fixture.componentRef.setInput('group', group);
    host = fixture.nativeElement as HTMLElement;
    await settle();
  });

  afterEach(() => http.verify());

  it('saves a new traveller', async () => {
    await clickSave();
    http
      .expectOne({ method: 'GET', url: PROFILES })
      .flush([saved('p-9', { ...TRAVELLER, documentNumber: 'X1234567' })]);
    await settle();

    const request = http.expectOne({ method: 'POST', url: PROFILES });
    expect(request.request.body).toEqual(jasmine.objectContaining(TRAVELLER));
    request.flush(saved('p-1', TRAVELLER));
    await settle();

    expect(message()).toBe('Saved to My travellers.');
  });

  it('updates the saved traveller with the same document', async () => {
    group.controls.documentNumber.setValue('n0123 4567');
    group.controls.fullName.setValue('Chan Sokhom Srey');

    await clickSave();
    http.expectOne({ method: 'GET', url: PROFILES }).flush([saved('p-1', TRAVELLER, 3)]);
    await settle();

    const request = http.expectOne({ method: 'PUT', url: `${PROFILES}/p-1` });
    expect(request.request.body.version).toBe(3);
    expect(request.request.body.traveller.fullName).toBe('Chan Sokhom Srey');
    request.flush(saved('p-1', TRAVELLER, 4));
    await settle();

    expect(message()).toBe('Updated in My travellers.');
  });

  it('marks missing fields and sends nothing', async () => {
    group.controls.nationality.setValue('');

    await clickSave();

    http.expectNone(PROFILES);
    expect(group.controls.nationality.hasError('issue')).toBeTrue();
    expect(message()).toBe('To save this traveller, first fill in or correct the marked fields.');
  });

  it('explains the limit of saved travellers', async () => {
    await clickSave();
    http.expectOne({ method: 'GET', url: PROFILES }).flush([]);
    await settle();

    http
      .expectOne({ method: 'POST', url: PROFILES })
      .flush(
        { type: '/api/problems/limit-reached', title: 'Limit', status: 409 },
        { status: 409, statusText: 'Conflict', headers: { 'Content-Type': 'application/problem+json' } },
      );
    await settle();

    expect(message()).toContain('You have already saved 20 travellers, the most allowed.');
  });
});
