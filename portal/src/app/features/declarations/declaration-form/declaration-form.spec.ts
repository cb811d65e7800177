import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { provideRouter } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import type { DeclarationView } from '@smartgate/shared-models';

import english from '../../../../../public/i18n/en.json';
import khmer from '../../../../../public/i18n/km.json';
import { LanguageService } from '../../../core/i18n/language.service';
import { TranslatedDatepickerIntl } from '../../../core/i18n/translated-datepicker-intl';
import { provideDateInputs } from '../../../shared/dates/date-input-formats';
import { DeclarationForm } from './declaration-form';

const GATES = [
  {
    code: 'LT',
    nameVi: 'Lệ Thanh',
    nameEn: 'Le Thanh',
    facingGateName: 'O Yadav',
    facingProvince: 'Ratanakiri',
    facingCountry: 'KHM',
    submissionOpensDaysBefore: 7,
  },
];
const PURPOSES = [{ code: 'work', nameVi: 'Làm việc', nameEn: 'Work' }];
const COUNTRIES = [
  { code: 'KHM', nameVi: 'Campuchia', nameEn: 'Cambodia', nameKm: 'កម្ពុជា' },
  { code: 'VNM', nameVi: 'Việt Nam', nameEn: 'Viet Nam', nameKm: 'វៀតណាម' },
];

function savedDraft(overrides: Partial<DeclarationView> = {}): DeclarationView {
  return {
    id: 'd-1',
    status: 'draft',
    version: 1,
    data: { travellers: [] },
    createdAt: '2026-03-01T02:00:00.000Z',
    updatedAt: '2026-03-01T02:00:00.000Z',
    submittedAt: null,
    decidedAt: null,
    rejectionReason: null,
    result: null,
    ...overrides,
  };
}

describe('DeclarationForm', () => {
  let fixture: ComponentFixture<DeclarationForm>;
  let http: HttpTestingController;
  let host: HTMLElement;

  function button(name: string): HTMLButtonElement {
    const found = Array.from(host.querySelectorAll('button')).find(
      (candidate) => candidate.textContent?.trim() === name,
    );
    if (!found) {
      throw new Error(`No button named "${name}"`);
    }
    return found;
  }

  function travellerLegends(): string[] {
    return Array.from(host.querySelectorAll('sg-traveller-fields legend')).map(
      (legend) => legend.textContent?.trim() ?? '',
    );
  }

  /** Waits until pending promise steps have run and the view shows their outcome. */
  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
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

  async function useEnglish(): Promise<void> {
    TestBed.inject(TranslateService).setTranslation('en', english);
    const language = TestBed.inject(LanguageService);
    const initialized = language.initialize();
    TestBed.inject(HttpTestingController)
      .expectOne('i18n/languages.json')
      .flush([
        { code: 'vi', name: 'Tiếng Việt' },
        { code: 'en', name: 'English' },
        { code: 'km', name: 'ខ្មែរ' },
      ]);
    await initialized;
    await language.switchTo('en');
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
      ],
    });
    await useEnglish();

    fixture = TestBed.createComponent(DeclarationForm);
    http = TestBed.inject(HttpTestingController);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();

    http.expectOne('/api/public/gates').flush(GATES);
    http.expectOne('/api/public/purposes').flush(PURPOSES);
    http.expectOne('/api/public/countries').flush(COUNTRIES);
    http.expectOne('/api/public/document-types').flush([]);
    await settle();
  });

  afterEach(() => {
    http.verify();
    localStorage.clear();
  });

  it('starts with the lead traveller only', () => {
    expect(travellerLegends()).toEqual(['Lead traveller']);
    expect(host.textContent).not.toContain('Remove companion');
  });

  it('adds companions up to ten travellers', async () => {
    for (let added = 0; added < 9; added++) {
      await click('Add companion');
    }

    expect(travellerLegends().length).toBe(10);
    expect(travellerLegends()[9]).toBe('Companion 9');
    expect(button('Add companion').disabled).toBeTrue();

    await click('Add companion');

    expect(travellerLegends().length).toBe(10);
  });

  it('removes a companion and renumbers the rest', async () => {
    await click('Add companion');
    await click('Add companion');
    const secondCompanionName = host.querySelectorAll<HTMLInputElement>(
      'input[formcontrolname="fullName"]',
    )[2];
    await type(secondCompanionName, 'Second companion');

    await click('Remove companion 1');

    expect(travellerLegends()).toEqual(['Lead traveller', 'Companion 1']);
    const names = host.querySelectorAll<HTMLInputElement>('input[formcontrolname="fullName"]');
    expect(names[1].value).toBe('Second companion');
    expect(button('Add companion').disabled).toBeFalse();
  });

  it('preselects the only gate of a new declaration', () => {
    expect(host.querySelector('mat-select[formcontrolname="gateCode"]')?.textContent).toContain('Le Thanh');
  });

  it('shows missing fields before submitting', async () => {
    await click('Submit declaration');

    http.expectNone('/api/applicant/declarations');
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Some fields need attention');
    expect(host.textContent).toContain('Lead traveller – Full name is missing. Please fill it in.');
    expect(host.textContent).toContain('Planned crossing date is missing. Please fill it in.');
  });

  it('saves a new draft in NFC', async () => {
    const emitted: DeclarationView[] = [];
    fixture.componentInstance.saved.subscribe((view) => emitted.push(view));
    const leadName = host.querySelector<HTMLInputElement>('input[formcontrolname="fullName"]')!;
    await type(leadName, 'Nguye\u0302\u0303n Tro\u0323ng Thie\u0323\u0302n');

    await click('Save draft');
    const request = http.expectOne({ method: 'POST', url: '/api/applicant/declarations' });
    request.flush(savedDraft());
    await settle();

    expect(request.request.body.gateCode).toBe('LT');
    expect(request.request.body.travellers[0].fullName).toBe('Nguyễn Trọng Thiện'.normalize('NFC'));
    expect(emitted.map((view) => view.id)).toEqual(['d-1']);
    expect(host.querySelector('[role="status"]')?.textContent).toContain('Draft saved');
  });

  it('shows API field errors inline', async () => {
    await click('Save draft');
    http.expectOne({ method: 'POST', url: '/api/applicant/declarations' }).flush(
      {
        type: '/api/problems/validation-failed',
        title: 'Invalid declaration',
        status: 400,
        errors: [{ path: 'travellers.0.documentNumber', code: 'invalidDocumentNumber', message: 'bad' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    const documentField = host
      .querySelector('input[formcontrolname="documentNumber"]')!
      .closest('mat-form-field');
    expect(documentField?.textContent).toContain(
      'Lead traveller – Document number must be 5 to 20 Latin letters and digits, without spaces.',
    );
  });

  it('keeps typed content when switching to Khmer', async () => {
    const leadName = host.querySelector<HTMLInputElement>('input[formcontrolname="fullName"]')!;
    const nationality = host.querySelector<HTMLInputElement>('input[formcontrolname="nationality"]')!;
    await type(leadName, 'Chan Sokhom');
    fixture.componentInstance['form'].controls.travellers.at(0).controls.nationality.setValue('KHM');
    await click('Submit declaration');

    TestBed.inject(TranslateService).setTranslation('km', khmer);
    await TestBed.inject(LanguageService).switchTo('km');
    await settle();

    expect(leadName.value).toBe('Chan Sokhom');
    expect(nationality.value).toBe('កម្ពុជា');
    expect(travellerLegends()).toEqual(['អ្នកធ្វើដំណើរចម្បង']);
    expect(host.textContent).toContain('អ្នកធ្វើដំណើរចម្បង – ថ្ងៃខែឆ្នាំកំណើត៖ មិនទាន់បានបំពេញ។');
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('ព័ត៌មានខ្លះត្រូវការកែតម្រូវ');
  });

  it('labels the calendar buttons in the interface language', async () => {
    const toggleLabels = () =>
      Array.from(host.querySelectorAll('mat-datepicker-toggle button')).map((toggle) =>
        toggle.getAttribute('aria-label'),
      );
    expect(toggleLabels()).toContain('Open calendar');

    TestBed.inject(TranslateService).setTranslation('km', khmer);
    await TestBed.inject(LanguageService).switchTo('km');
    await settle();

    expect(toggleLabels().length).toBe(3);
    expect(new Set(toggleLabels())).toEqual(new Set(['បើកប្រតិទិន']));
  });

  it('updates a saved draft with its version', async () => {
    fixture.componentInstance.saved.subscribe(() => undefined);
    await click('Save draft');
    http.expectOne({ method: 'POST', url: '/api/applicant/declarations' }).flush(savedDraft({ version: 4 }));
    await settle();

    await click('Save draft');
    const update = http.expectOne({ method: 'PUT', url: '/api/applicant/declarations/d-1' });
    update.flush(savedDraft({ version: 5 }));
    await settle();

    expect(update.request.body.version).toBe(4);
    expect(update.request.body.data.gateCode).toBe('LT');
  });
});
