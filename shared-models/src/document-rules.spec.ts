import type { DocumentTypeRules } from './document-type-rules';
import {
  allowedProvinces,
  checkDocumentRules,
  type DocumentHolder,
  type DocumentRuleContext,
} from './document-rules';

const TODAY = '2026-12-05';
const CROSSING = '2026-12-10';
const LE_THANH = { province: 'Gia Lai', facingProvince: 'Ratanakiri' };

function rules(overrides: Partial<DocumentTypeRules> = {}): DocumentTypeRules {
  return {
    code: 'other',
    nameVi: 'Giấy tờ khác',
    nameEn: 'Other document',
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

const PASSPORT = rules({ code: 'passport', numberFormat: 'passport', expiryWarningMonths: 6 });
const BORDER_PASS = rules({
  code: 'border_pass',
  maxValidityMonths: 12,
  requiresIssueDate: true,
  validProvinceRule: 'facing_province',
});
const RESIDENT_PERMIT = rules({
  code: 'border_resident_permit',
  requiresIssueDate: true,
  validProvinceRule: 'gate_provinces',
});
const CITIZEN_ID = rules({ code: 'vn_citizen_id', numberFormat: 'cccd', allowedNationalities: ['VNM'] });

const context: DocumentRuleContext = { plannedCrossingDate: CROSSING, gate: LE_THANH, today: TODAY };

function holder(overrides: DocumentHolder = {}): DocumentHolder {
  return {
    sex: 'male',
    dateOfBirth: '1988-05-17',
    nationality: 'VNM',
    documentNumber: 'C1234567',
    documentExpiryDate: '2030-01-01',
    ...overrides,
  };
}

/** Lists findings as `field:code`, the way the cases below state them. */
function findings(typed: DocumentHolder, documentRules: DocumentTypeRules, at = context) {
  const result = checkDocumentRules(typed, documentRules, at);
  return {
    errors: result.errors.map(({ field, code }) => `${field}:${code}`),
    warnings: result.warnings.map(({ field, code }) => `${field}:${code}`),
  };
}

describe('checkDocumentRules', () => {
  const errorCases: [string, DocumentTypeRules, DocumentHolder, string[]][] = [
    ['a valid passport', PASSPORT, holder(), []],
    [
      'a passport number of 5 characters',
      PASSPORT,
      holder({ documentNumber: 'C1234' }),
      ['documentNumber:invalidPassportNumber'],
    ],
    [
      'a passport number of 10 characters',
      PASSPORT,
      holder({ documentNumber: 'C123456789' }),
      ['documentNumber:invalidPassportNumber'],
    ],
    ['a passport number typed with spaces', PASSPORT, holder({ documentNumber: 'c 123 4567' }), []],
    [
      'a border pass for Ratanakiri valid 12 months',
      BORDER_PASS,
      holder({
        documentIssueDate: '2026-03-01',
        documentExpiryDate: '2027-03-01',
        documentValidProvince: 'ratanakiri',
      }),
      [],
    ],
    [
      'a border pass for another province',
      BORDER_PASS,
      holder({
        documentIssueDate: '2026-03-01',
        documentExpiryDate: '2027-03-01',
        documentValidProvince: 'Mondulkiri',
      }),
      ['documentValidProvince:documentProvinceNotAllowed'],
    ],
    [
      'a border pass valid 12 months and a day',
      BORDER_PASS,
      holder({
        documentIssueDate: '2026-03-01',
        documentExpiryDate: '2027-03-02',
        documentValidProvince: 'Ratanakiri',
      }),
      ['documentExpiryDate:documentValidityTooLong'],
    ],
    [
      'a border pass without issue date or province',
      BORDER_PASS,
      holder({ documentExpiryDate: '2027-03-01' }),
      ['documentIssueDate:required', 'documentValidProvince:required'],
    ],
    [
      'a border pass issued in the future',
      BORDER_PASS,
      holder({
        documentIssueDate: '2026-12-06',
        documentExpiryDate: '2027-06-01',
        documentValidProvince: 'Ratanakiri',
      }),
      ['documentIssueDate:dateInFuture'],
    ],
    [
      'a border pass issued after it expires',
      BORDER_PASS,
      holder({
        documentIssueDate: '2026-11-01',
        documentExpiryDate: '2026-10-01',
        documentValidProvince: 'Ratanakiri',
      }),
      ['documentIssueDate:issueDateAfterExpiry'],
    ],
    [
      'a resident permit for the gate province',
      RESIDENT_PERMIT,
      holder({ documentIssueDate: '2025-01-01', documentValidProvince: ' gia-lai ' }),
      [],
    ],
    [
      'a resident permit for the facing province',
      RESIDENT_PERMIT,
      holder({ documentIssueDate: '2025-01-01', documentValidProvince: 'Ratanakiri' }),
      [],
    ],
    [
      'a resident permit for a distant province',
      RESIDENT_PERMIT,
      holder({ documentIssueDate: '2025-01-01', documentValidProvince: 'Hà Nội' }),
      ['documentValidProvince:documentProvinceNotAllowed'],
    ],
    ['a matching CCCD', CITIZEN_ID, holder({ documentNumber: '064088001234' }), []],
    [
      'a CCCD whose sex digit contradicts the sex',
      CITIZEN_ID,
      holder({ documentNumber: '064188001234' }),
      ['documentNumber:cccdSexMismatch'],
    ],
    [
      'a CCCD whose century digit contradicts the date of birth',
      CITIZEN_ID,
      holder({ documentNumber: '064005001234', sex: 'male', dateOfBirth: '2005-03-01' }),
      ['documentNumber:cccdBirthYearMismatch'],
    ],
    [
      'a CCCD of 11 digits',
      CITIZEN_ID,
      holder({ documentNumber: '06408800123' }),
      ['documentNumber:cccdFormat'],
    ],
    [
      'a CCCD held by a Cambodian national',
      CITIZEN_ID,
      holder({ documentNumber: '064088001234', nationality: 'KHM' }),
      ['nationality:nationalityNotAllowedForDocument'],
    ],
    [
      'a CCCD with a malformed date of birth',
      CITIZEN_ID,
      holder({ documentNumber: '064088001234', dateOfBirth: '17/05/1988' }),
      [],
    ],
    ['a document without a number yet', CITIZEN_ID, holder({ documentNumber: undefined }), []],
  ];
  for (const [description, documentRules, typed, expected] of errorCases) {
    it(`reports ${expected.join(', ') || 'no error'} for ${description}`, () => {
      expect(findings(typed, documentRules).errors).toEqual(expected);
    });
  }

  const warningCases: [string, string, string[]][] = [
    ['3 months after the crossing', '2027-03-10', ['documentExpiryDate:documentExpiresSoon']],
    ['a day short of 6 months after the crossing', '2027-06-09', ['documentExpiryDate:documentExpiresSoon']],
    ['exactly 6 months after the crossing', '2027-06-10', []],
    ['on the crossing day', CROSSING, ['documentExpiryDate:documentExpiresSoon']],
    ['before the crossing, which is an error instead', '2026-12-09', []],
  ];
  for (const [description, expiry, expected] of warningCases) {
    it(`warns ${expected.length ? 'about' : 'nothing for'} a passport expiring ${description}`, () => {
      expect(findings(holder({ documentExpiryDate: expiry }), PASSPORT).warnings).toEqual(expected);
    });
  }

  it('gives the warning months and allowed values as parameters', () => {
    const result = checkDocumentRules(
      holder({ documentExpiryDate: '2027-01-10', nationality: 'KHM' }),
      { ...PASSPORT, expiryWarningMonths: 3, allowedNationalities: ['VNM', 'LAO'] },
      context,
    );

    expect(result.warnings[0].params).toEqual({ months: '3' });
    expect(result.errors[0].params).toEqual({ allowed: 'VNM, LAO' });
  });

  it('skips the warning without a crossing date', () => {
    const withoutCrossing = { ...context, plannedCrossingDate: undefined };

    expect(
      findings(holder({ documentExpiryDate: '2027-01-10' }), PASSPORT, withoutCrossing).warnings,
    ).toEqual([]);
  });

  it('skips the province check without a gate', () => {
    const withoutGate = { ...context, gate: undefined };
    const typed = holder({
      documentIssueDate: '2026-03-01',
      documentExpiryDate: '2027-01-01',
      documentValidProvince: 'Kampot',
    });

    expect(findings(typed, BORDER_PASS, withoutGate).errors).toEqual([]);
  });
});

describe('allowedProvinces', () => {
  it('lists the facing province for a border pass', () => {
    expect(allowedProvinces(BORDER_PASS, LE_THANH)).toEqual(['Ratanakiri']);
  });

  it('lists both sides for a resident permit', () => {
    expect(allowedProvinces(RESIDENT_PERMIT, LE_THANH)).toEqual(['Gia Lai', 'Ratanakiri']);
  });

  it('falls back to the facing province when the gate has none', () => {
    expect(allowedProvinces(RESIDENT_PERMIT, { facingProvince: 'Ratanakiri' })).toEqual(['Ratanakiri']);
  });
});
