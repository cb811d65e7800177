import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormArray } from '@angular/forms';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';

import english from '../../../../../public/i18n/en.json';
import { TranslatedDatepickerIntl } from '../../../core/i18n/translated-datepicker-intl';
import { provideDateInputs } from '../../../shared/dates/date-input-formats';
import {
  createTravellerForm,
  type TravellerForm,
} from '../../declarations/declaration-form/declaration-form-model';
import { CrewSection } from './crew-section';

describe('CrewSection', () => {
  let fixture: ComponentFixture<CrewSection>;
  let host: HTMLElement;
  let rows: FormArray<TravellerForm>;

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function legends(): string[] {
    return Array.from(host.querySelectorAll('legend')).map((legend) => legend.textContent?.trim() ?? '');
  }

  function button(name: string): HTMLButtonElement {
    return Array.from(host.querySelectorAll('button')).find(
      (candidate) => candidate.textContent?.trim() === name,
    )!;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({ fallbackLang: 'en' }),
        provideDateInputs(),
        { provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.inject(TranslateService).setTranslation('en', english);
    await TestBed.inject(TranslateService).use('en');

    rows = new FormArray([createTravellerForm()]);
    fixture = TestBed.createComponent(CrewSection);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('rows', rows);
    fixture.componentRef.setInput('countries', []);
    fixture.componentRef.setInput('saveDraft', async () => null);
    await settle();
    TestBed.inject(HttpTestingController)
      .match(() => true)
      .forEach((request) => request.flush([]));
  });

  it('names the first traveller the driver', () => {
    expect(legends()).toEqual(['Driver']);
    expect(host.textContent).not.toContain('Save this traveller');
  });

  it('adds crew members up to two', async () => {
    button('Add crew member').click();
    await settle();
    button('Add crew member').click();
    await settle();

    expect(legends()).toEqual(['Driver', 'Crew member 1', 'Crew member 2']);
    expect(button('Add crew member').disabled).toBeTrue();
    expect(host.textContent).toContain('3 of at most 3 people');
  });

  it('removes a crew member', async () => {
    button('Add crew member').click();
    await settle();

    button('Remove crew member 1').click();
    await settle();

    expect(legends()).toEqual(['Driver']);
    expect(rows.length).toBe(1);
  });

  it('fills a row from a company driver and keeps its id', async () => {
    const id = rows.at(0).controls.id.value;

    fixture.componentInstance['fillFromDriver'](rows.at(0), {
      id: 'driver-1',
      version: 1,
      traveller: { fullName: 'Rơ Châm Thuận', documentType: 'passport', documentNumber: 'C7654321' },
      documentExpired: false,
      createdAt: '2026-12-01T00:00:00.000Z',
      updatedAt: '2026-12-01T00:00:00.000Z',
    });

    expect(rows.at(0).controls.fullName.value).toBe('Rơ Châm Thuận');
    expect(rows.at(0).controls.id.value).toBe(id);
    expect(rows.dirty).toBeTrue();
  });
});
