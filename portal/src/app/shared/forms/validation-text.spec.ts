import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';

import english from '../../../../public/i18n/en.json';
import khmer from '../../../../public/i18n/km.json';
import vietnamese from '../../../../public/i18n/vi.json';
import { CREW_LABELS } from '../../features/cargo/crew/crew-labels';
import { translateFieldLabel, translateIssue } from './validation-text';

describe('translateFieldLabel', () => {
  let translate: TranslateService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTranslateService({ fallbackLang: 'en' })] });
    translate = TestBed.inject(TranslateService);
    translate.setTranslation('vi', vietnamese);
    translate.setTranslation('en', english);
    translate.setTranslation('km', khmer);
  });

  it('names the travellers of a crossing by default', () => {
    translate.use('en');

    expect(translateFieldLabel(translate, ['travellers', 0, 'fullName'])).toBe('Lead traveller – Full name');
    expect(translateFieldLabel(translate, ['travellers', 1, 'fullName'])).toBe('Companion 1 – Full name');
    expect(translateFieldLabel(translate, ['travellers'])).toBe('Travellers');
  });

  it('names the driver and crew of a truck in three languages', () => {
    const cases: [string, string, string][] = [
      ['vi', 'Lái xe – Số giấy tờ', 'Phụ xe thứ 2 – Họ và tên'],
      ['en', 'Driver – Document number', 'Crew member 2 – Full name'],
      ['km', 'អ្នកបើកបរ – លេខឯកសារ', 'បុគ្គលិកលើឡានទី 2 – ឈ្មោះពេញ'],
    ];

    for (const [language, driver, crew] of cases) {
      translate.use(language);

      expect(translateFieldLabel(translate, ['travellers', 0, 'documentNumber'], CREW_LABELS))
        .withContext(language)
        .toBe(driver);
      expect(translateFieldLabel(translate, ['travellers', 2, 'fullName'], CREW_LABELS))
        .withContext(language)
        .toBe(crew);
    }
  });

  it('names the whole crew in a message about the list', () => {
    translate.use('en');

    const message = translateIssue(translate, { key: 'noDriver' }, ['travellers'], CREW_LABELS);

    expect(message).toBe('Driver and crew: the driver is required.');
  });
});
