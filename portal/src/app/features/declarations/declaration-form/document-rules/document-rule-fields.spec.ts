import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import {
  addMonthsToDateOnly,
  todayInTimeZone,
  type DocumentTypeRules,
  type Gate,
} from '@smartgate/shared-models';

import english from '../../../../../../public/i18n/en.json';
import { TranslatedDatepickerIntl } from '../../../../core/i18n/translated-datepicker-intl';
import { dateOnlyToDate } from '../../../../shared/dates/date-only';
import { provideDateInputs } from '../../../../shared/dates/date-input-formats';
import { createDeclarationForm } from '../declaration-form-model';
import { DocumentRuleFields } from './document-rule-fields';

const GATES: Gate[] = [
  {
    code: 'LT',
    nameVi: 'Lệ Thanh',
    nameEn: 'Le Thanh',
    facingGateName: 'O Yadav',
    province: 'Gia Lai',
    facingProvince: 'Ratanakiri',
    facingCountry: 'KHM',
    submissionOpensDaysBefore: 7,
  },
];

function rules(code: DocumentTypeRules['code'], overrides: Partial<DocumentTypeRules>): DocumentTypeRules {
  return {
    code,
    nameVi: code,
    nameEn: code,
    numberFormat: 'generic',
    expiryWarningMonths: null,
    maxValidityMonths: null,
    requiresIssueDate: false,
    validProvinceRule: 'none',
    allowedNationalities: null,
    photoRequired: false,
    ...overrides,
  };
}

const DOCUMENT_TYPES: DocumentTypeRules[] = [
  rules('passport', { numberFormat: 'passport', expiryWarningMonths: 6 }),
  rules('border_pass', {
    maxValidityMonths: 12,
    requiresIssueDate: true,
    validProvinceRule: 'facing_province',
  }),
  rules('vn_citizen_id', { numberFormat: 'cccd', allowedNationalities: ['VNM'] }),
];

/** Hosts the rule fields of the lead traveller inside a whole declaration form, as the page does. */
@Component({
  imports: [DocumentRuleFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<sg-document-rule-fields [group]="form.controls.travellers.at(0)" [path]="['travellers', 0]" />`,
})
class RuleFieldsHost {
  readonly form = createDeclarationForm({
    gateCode: 'LT',
    plannedCrossingDate: todayInTimeZone(),
    travellers: [{ sex: 'male', dateOfBirth: '1988-05-17', nationality: 'VNM' }],
  });
}

describe('DocumentRuleFields', () => {
  let fixture: ComponentFixture<RuleFieldsHost>;
  let host: HTMLElement;

  function traveller() {
    return fixture.componentInstance.form.controls.travellers.at(0).controls;
  }

  async function settle(): Promise<void> {
    await fixture.whenStable();
    fixture.detectChanges();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({ fallbackLang: 'en' }),
        provideDateInputs(),
        { provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl },
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', english);
    translate.use('en');

    fixture = TestBed.createComponent(RuleFieldsHost);
    host = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/public/document-types').flush(DOCUMENT_TYPES);
    http.expectOne('/api/public/gates').flush(GATES);
    await settle();
  });

  it('asks for no extra field for a passport', async () => {
    traveller().documentType.setValue('passport');
    await settle();

    expect(host.querySelector('input')).toBeNull();
  });

  it('asks a border pass for its issue date and province', async () => {
    traveller().documentType.setValue('border_pass');
    await settle();

    const labels = Array.from(host.querySelectorAll('mat-label')).map((label) => label.textContent?.trim());
    expect(labels).toEqual(['Document issue date', 'Province the document is valid for']);
    expect(traveller().documentIssueDate.getError('issue')).toEqual({ key: 'required' });
  });

  it('flags a border pass for another province as typed', async () => {
    traveller().documentType.setValue('border_pass');
    traveller().documentValidProvince.setValue('Mondulkiri');
    traveller().documentValidProvince.markAsTouched();
    await settle();

    expect(traveller().documentValidProvince.getError('issue')).toEqual({
      key: 'documentProvinceNotAllowed',
      params: { provinces: 'Ratanakiri' },
    });
    expect(host.textContent).toContain('at this gate the document must be valid for Ratanakiri');
  });

  it('flags a CCCD when the sex changes to contradict it', async () => {
    traveller().documentType.setValue('vn_citizen_id');
    traveller().documentNumber.setValue('064088001234');
    await settle();
    expect(traveller().documentNumber.errors).toBeNull();

    traveller().sex.setValue('female');
    await settle();

    expect(traveller().documentNumber.getError('issue')).toEqual({ key: 'cccdSexMismatch' });
  });

  it('warns about a passport expiring soon without an error', async () => {
    const crossing = todayInTimeZone();
    traveller().documentType.setValue('passport');
    traveller().documentNumber.setValue('C1234567');
    traveller().documentExpiryDate.setValue(dateOnlyToDate(addMonthsToDateOnly(crossing, 2)));
    await settle();

    expect(traveller().documentExpiryDate.errors).toBeNull();
    expect(host.querySelector('.warning[role="status"]')?.textContent).toContain(
      'the document expires less than 6 months after the planned crossing date',
    );
  });

  it('empties the province when the type no longer asks for it', async () => {
    traveller().documentType.setValue('border_pass');
    traveller().documentValidProvince.setValue('Ratanakiri');
    await settle();

    traveller().documentType.setValue('passport');
    await settle();

    expect(traveller().documentValidProvince.value).toBe('');
  });
});
