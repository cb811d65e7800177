import type { DocumentTypeRules } from '@smartgate/shared-models';

import { createRulesForm, rulesFormInput } from './document-type-rules-form';

const BORDER_PASS: DocumentTypeRules = {
  code: 'border_pass',
  nameVi: 'Giấy thông hành biên giới',
  nameEn: 'Border pass',
  numberFormat: 'generic',
  expiryWarningMonths: null,
  maxValidityMonths: 12,
  requiresIssueDate: true,
  validProvinceRule: 'facing_province',
  allowedNationalities: ['VNM', 'KHM'],
  photoRequired: true,
};

describe('document type rules form', () => {
  it('shows blank months and joined nationalities', () => {
    const form = createRulesForm(BORDER_PASS);

    expect(form.controls.expiryWarningMonths.value).toBe('');
    expect(form.controls.maxValidityMonths.value).toBe('12');
    expect(form.controls.allowedNationalities.value).toBe('VNM, KHM');
  });

  it('reads the form back as the stored rules', () => {
    const { code: _code, nameVi: _vi, nameEn: _en, ...rules } = BORDER_PASS;

    expect(rulesFormInput(createRulesForm(BORDER_PASS))).toEqual(rules);
  });

  const nationalities: [string, string[] | null][] = [
    ['', null],
    ['vnm; khm', ['vnm', 'khm']],
    [' VNM  LAO ', ['VNM', 'LAO']],
  ];
  for (const [typed, expected] of nationalities) {
    it(`splits "${typed}" into nationalities`, () => {
      const form = createRulesForm(BORDER_PASS);
      form.controls.allowedNationalities.setValue(typed);

      expect(rulesFormInput(form)['allowedNationalities']).toEqual(expected);
    });
  }

  it('keeps months that are not digits for the schema to report', () => {
    const form = createRulesForm(BORDER_PASS);
    form.controls.expiryWarningMonths.setValue('six');

    expect(rulesFormInput(form)['expiryWarningMonths']).toBe('six');
  });
});
