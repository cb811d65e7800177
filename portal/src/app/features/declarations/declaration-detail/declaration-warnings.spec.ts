import { provideHttpClient } from '@angular/common/http';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';

import english from '../../../../../public/i18n/en.json';
import khmer from '../../../../../public/i18n/km.json';
import { provideDateInputs } from '../../../shared/dates/date-input-formats';
import { DeclarationWarnings } from './declaration-warnings';

describe('DeclarationWarnings', () => {
  let fixture: ComponentFixture<DeclarationWarnings>;
  let translate: TranslateService;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideTranslateService({ fallbackLang: 'en' }), provideDateInputs()],
    });
    translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', english);
    translate.setTranslation('km', khmer);
    translate.use('en');
    fixture = TestBed.createComponent(DeclarationWarnings);
    fixture.componentRef.setInput('warnings', [
      { path: 'travellers.0.documentExpiryDate', code: 'documentExpiresSoon', params: { months: '6' } },
    ]);
  });

  function text(): string {
    return (fixture.nativeElement as HTMLElement).textContent ?? '';
  }

  it('names the traveller, the field and the months', () => {
    fixture.detectChanges();

    expect(text()).toContain('Please note before you travel');
    expect(text()).toContain(
      'Lead traveller – Document expiry date: the document expires less than 6 months after the planned crossing date.',
    );
  });

  it('renders the warning in Khmer', () => {
    translate.use('km');
    fixture.detectChanges();

    expect(text()).toContain('ឯកសារផុតសុពលភាពតិចជាង 6 ខែ');
  });

  it('shows nothing without warnings', () => {
    fixture.componentRef.setInput('warnings', []);
    fixture.detectChanges();

    expect(text().trim()).toBe('');
  });
});
