import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormArray } from '@angular/forms';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { MAX_TRAVELLERS, type TravellerDraft, type TravellerProfileView } from '@smartgate/shared-models';

import english from '../../../../../public/i18n/en.json';
import { createTravellerForm, type TravellerForm } from '../declaration-form/declaration-form-model';
import { SavedTravellerPicker } from './saved-traveller-picker';

const PROFILES = '/api/applicant/traveller-profiles';

function profile(id: string, traveller: TravellerDraft): TravellerProfileView {
  return {
    id,
    version: 1,
    traveller,
    createdAt: '2026-03-01T02:00:00.000Z',
    updatedAt: '2026-03-01T02:00:00.000Z',
  };
}

const SOKHOM = profile('p-1', {
  fullName: 'Chan Sokhom',
  sex: 'female',
  dateOfBirth: '1990-05-17',
  nationality: 'KHM',
  documentType: 'passport',
  documentNumber: 'N01234567',
  documentExpiryDate: '2030-01-31',
});
const AN = profile('p-2', {
  fullName: 'Nguyễn Văn An',
  sex: 'male',
  dateOfBirth: '1988-04-30',
  nationality: 'VNM',
  documentType: 'border_pass',
  documentNumber: 'B7654321',
  documentExpiryDate: '2027-06-30',
});

describe('SavedTravellerPicker', () => {
  let fixture: ComponentFixture<SavedTravellerPicker>;
  let http: HttpTestingController;
  let rows: FormArray<TravellerForm>;
  let picked: TravellerDraft[][];

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function dialog(): HTMLElement {
    const element = document.querySelector<HTMLElement>('sg-saved-traveller-picker-dialog');
    if (!element) {
      throw new Error('The picker dialog is not open');
    }
    return element;
  }

  function buttonNamed(name: string, root: ParentNode): HTMLButtonElement {
    const found = Array.from(root.querySelectorAll('button')).find(
      (button) => button.textContent?.trim() === name,
    );
    if (!found) {
      throw new Error(`No button named "${name}"`);
    }
    return found;
  }

  function option(name: string): HTMLElement {
    const found = Array.from(dialog().querySelectorAll<HTMLElement>('mat-list-option')).find((candidate) =>
      candidate.textContent?.includes(name),
    );
    if (!found) {
      throw new Error(`No option for "${name}"`);
    }
    return found;
  }

  async function openWith(profiles: TravellerProfileView[]): Promise<void> {
    buttonNamed('Add from saved travellers', fixture.nativeElement as HTMLElement).click();
    await settle();
    http.expectOne(PROFILES).flush(profiles);
    await settle();
  }

  async function choose(name: string): Promise<void> {
    option(name).click();
    await settle();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService({ fallbackLang: 'en' }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', english);
    await new Promise((resolve) => translate.use('en').subscribe(resolve));

    http = TestBed.inject(HttpTestingController);
    rows = new FormArray([createTravellerForm()]);
    fixture = TestBed.createComponent(SavedTravellerPicker);
    fixture.componentRef.setInput('rows', rows);
    picked = [];
    fixture.componentInstance.picked.subscribe((travellers) => picked.push(travellers));
    await settle();
  });

  afterEach(() => http.verify());

  it('emits the chosen travellers in list order', async () => {
    await openWith([SOKHOM, AN]);

    await choose('Nguyễn Văn An');
    await choose('Chan Sokhom');
    buttonNamed('Add chosen travellers', dialog()).click();
    await settle();

    expect(picked).toEqual([[SOKHOM.traveller, AN.traveller]]);
  });

  it('offers nothing to add until a traveller is chosen', async () => {
    await openWith([SOKHOM]);

    expect(buttonNamed('Add chosen travellers', dialog()).disabled).toBeTrue();
  });

  it('shows a traveller already in the declaration but does not offer it', async () => {
    rows.at(0).patchValue({ documentType: 'passport', documentNumber: 'n0123 4567' });

    await openWith([SOKHOM, AN]);

    expect(option('Chan Sokhom').getAttribute('aria-disabled')).toBe('true');
    expect(option('Chan Sokhom').textContent).toContain('already in this declaration');
    expect(option('Nguyễn Văn An').getAttribute('aria-disabled')).not.toBe('true');
  });

  it('refuses more travellers than the declaration has room for', async () => {
    for (let index = 1; index < MAX_TRAVELLERS; index++) {
      rows.push(createTravellerForm({ fullName: `Companion ${index}` }));
    }
    rows.at(0).patchValue({ fullName: 'Lead' });
    rows.removeAt(MAX_TRAVELLERS - 1);

    await openWith([SOKHOM, AN]);
    await choose('Chan Sokhom');
    await choose('Nguyễn Văn An');

    expect(dialog().querySelector('[role="alert"]')?.textContent).toContain(
      'This declaration has room for 1 more travellers.',
    );
    expect(buttonNamed('Add chosen travellers', dialog()).disabled).toBeTrue();
  });

  it('points to My travellers when none are saved', async () => {
    await openWith([]);

    expect(dialog().textContent).toContain('You have not saved any travellers yet.');
    expect(dialog().querySelector('a')?.getAttribute('href')).toBe('/travellers');
  });

  it('emits nothing when cancelled', async () => {
    await openWith([SOKHOM]);
    await choose('Chan Sokhom');

    buttonNamed('Cancel', dialog()).click();
    await settle();

    expect(picked).toEqual([]);
  });
});
