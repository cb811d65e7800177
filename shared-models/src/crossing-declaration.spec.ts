import { CrossingDeclaration, CrossingDeclarationDraft, MAX_TRAVELLERS } from './crossing-declaration';
import { todayInTimeZone } from './date-only';

/** Shifts a `YYYY-MM-DD` string by whole days without touching time zones. */
function addDays(dateOnly: string, days: number): string {
  const [year, month, day] = dateOnly.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return shifted.toISOString().slice(0, 10);
}

const today = todayInTimeZone();

function validTraveller(overrides: Record<string, unknown> = {}) {
  return {
    fullName: 'Nguyễn Văn An',
    sex: 'male',
    dateOfBirth: '1990-05-17',
    nationality: 'VNM',
    documentType: 'passport',
    documentNumber: 'C1234567',
    documentExpiryDate: addDays(today, 365),
    ...overrides,
  };
}

function validDeclaration(overrides: Record<string, unknown> = {}) {
  return {
    gateCode: 'LT',
    direction: 'exit',
    plannedCrossingDate: addDays(today, 2),
    purposeCode: 'work',
    travellers: [validTraveller()],
    ...overrides,
  };
}

function issueKeys(input: unknown): string[] {
  const result = CrossingDeclaration.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
}

describe('CrossingDeclaration', () => {
  it('accepts a complete declaration', () => {
    expect(issueKeys(validDeclaration())).toEqual([]);
  });

  it('normalizes a decomposed companion name to NFC', () => {
    const decomposed = 'Nguye\u0302\u0303n Tro\u0323ng Thie\u0302\u0323n';

    const parsed = CrossingDeclaration.parse(
      validDeclaration({ travellers: [validTraveller(), validTraveller({ fullName: ` ${decomposed} ` })] }),
    );

    expect(parsed.travellers[1].fullName).toBe('Nguyễn Trọng Thiện');
  });

  it('upper-cases gate codes and document numbers', () => {
    const parsed = CrossingDeclaration.parse(
      validDeclaration({ gateCode: 'lt', travellers: [validTraveller({ documentNumber: 'c 123 4567' })] }),
    );

    expect(parsed.gateCode).toBe('LT');
    expect(parsed.travellers[0].documentNumber).toBe('C1234567');
  });

  const invalidCases: [string, Record<string, unknown>, string][] = [
    ['no travellers', { travellers: [] }, 'travellers:noTravellers'],
    [
      'eleven travellers',
      { travellers: Array.from({ length: MAX_TRAVELLERS + 1 }, () => validTraveller()) },
      'travellers:tooManyTravellers',
    ],
    ['an unknown direction', { direction: 'sideways' }, 'direction:invalidOption'],
    ['an impossible date', { plannedCrossingDate: '2026-02-30' }, 'plannedCrossingDate:invalidDate'],
    [
      'a crossing date in the past',
      { plannedCrossingDate: addDays(today, -1) },
      'plannedCrossingDate:dateInPast',
    ],
    [
      'a birth date in the future',
      { travellers: [validTraveller({ dateOfBirth: addDays(today, 1) })] },
      'travellers.0.dateOfBirth:dateInFuture',
    ],
    [
      'a document expiring before the crossing',
      { travellers: [validTraveller({ documentExpiryDate: addDays(today, 1) })] },
      'travellers.0.documentExpiryDate:documentExpiresBeforeCrossing',
    ],
    [
      'a blank companion name',
      { travellers: [validTraveller(), validTraveller({ fullName: '   ' })] },
      'travellers.1.fullName:required',
    ],
    [
      'a document number with symbols',
      { travellers: [validTraveller({ documentNumber: 'AB-12/34' })] },
      'travellers.0.documentNumber:invalidDocumentNumber',
    ],
    [
      'an unknown nationality',
      { travellers: [validTraveller({ nationality: 'UTO' })] },
      'travellers.0.nationality:invalidCountry',
    ],
    ['a missing gate', { gateCode: undefined }, 'gateCode:required'],
  ];

  for (const [name, overrides, expected] of invalidCases) {
    it(`rejects ${name}`, () => {
      expect(issueKeys(validDeclaration(overrides))).toContain(expected);
    });
  }
});

describe('CrossingDeclarationDraft', () => {
  it('accepts an almost empty draft', () => {
    const parsed = CrossingDeclarationDraft.parse({ gateCode: 'LT' });

    expect(parsed).toEqual({ gateCode: 'LT', travellers: [] });
  });

  it('treats blank strings and nulls as absent', () => {
    const parsed = CrossingDeclarationDraft.parse({
      direction: '',
      plannedCrossingDate: null,
      travellers: [{ fullName: 'Lê Thị Hoa', sex: '', dateOfBirth: '' }],
    });

    expect(parsed.direction).toBeUndefined();
    expect(parsed.plannedCrossingDate).toBeUndefined();
    expect(parsed.travellers[0].fullName).toBe('Lê Thị Hoa');
    expect(parsed.travellers[0].sex).toBeUndefined();
    expect(parsed.travellers[0].dateOfBirth).toBeUndefined();
  });

  it('still rejects a filled field that is invalid', () => {
    const result = CrossingDeclarationDraft.safeParse({ plannedCrossingDate: '31/12/2026' });

    expect(result.success).toBeFalse();
    expect(result.error?.issues[0].path).toEqual(['plannedCrossingDate']);
    expect(result.error?.issues[0].message).toBe('invalidDate');
  });

  it('rejects eleven travellers', () => {
    const result = CrossingDeclarationDraft.safeParse({ travellers: Array.from({ length: 11 }, () => ({})) });

    expect(result.error?.issues[0].message).toBe('tooManyTravellers');
  });
});
