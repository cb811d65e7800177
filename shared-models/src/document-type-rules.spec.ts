import { DocumentTypeRulesUpdate } from './document-type-rules';

const VALID_UPDATE = {
  numberFormat: 'generic',
  expiryWarningMonths: null,
  maxValidityMonths: 12,
  requiresIssueDate: true,
  validProvinceRule: 'facing_province',
  allowedNationalities: ['vnm', 'KHM'],
};

function issueKeys(input: unknown): string[] {
  const result = DocumentTypeRulesUpdate.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
}

describe('DocumentTypeRulesUpdate', () => {
  it('accepts a complete change and upper-cases nationalities', () => {
    expect(DocumentTypeRulesUpdate.parse(VALID_UPDATE).allowedNationalities).toEqual(['VNM', 'KHM']);
  });

  it('lists a repeated nationality once', () => {
    const update = DocumentTypeRulesUpdate.parse({ ...VALID_UPDATE, allowedNationalities: ['VNM', 'vnm'] });

    expect(update.allowedNationalities).toEqual(['VNM']);
  });

  const rejected: [string, Record<string, unknown>, string][] = [
    ['zero warning months', { expiryWarningMonths: 0 }, 'expiryWarningMonths:invalidNumber'],
    ['fractional months', { maxValidityMonths: 1.5 }, 'maxValidityMonths:invalidNumber'],
    ['months as text', { expiryWarningMonths: '6' }, 'expiryWarningMonths:invalidNumber'],
    ['121 months', { maxValidityMonths: 121 }, 'maxValidityMonths:tooBig'],
    ['an unknown format', { numberFormat: 'iban' }, 'numberFormat:invalidOption'],
    ['an unknown province rule', { validProvinceRule: 'any' }, 'validProvinceRule:invalidOption'],
    ['an unknown country', { allowedNationalities: ['XYZ'] }, 'allowedNationalities.0:invalidCountry'],
    [
      'a validity period without issue date',
      { requiresIssueDate: false },
      'requiresIssueDate:issueDateNeededForValidity',
    ],
    ['an extra field', { code: 'passport' }, ':unrecognized'],
  ];
  for (const [description, change, expected] of rejected) {
    it(`rejects ${description}`, () => {
      const keys = issueKeys({ ...VALID_UPDATE, ...change });

      expect(keys.map((key) => key.replace(/:Unrecognized key.*$/, ':unrecognized'))).toEqual([expected]);
    });
  }
});
