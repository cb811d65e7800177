import { TaxCode, checkTaxCode, taxCodeCheckDigit, taxCodeKind } from './tax-code';

describe('checkTaxCode', () => {
  const valid: [string, string, string][] = [
    ['0100109106', '0100109106', 'enterprise'],
    ['0100233488', '0100233488', 'enterprise'],
    [' 0100 233 488 ', '0100233488', 'enterprise'],
    ['0314409058-002', '0314409058-002', 'branch'],
    ['0314409058 – 002', '0314409058-002', 'branch'],
    ['064088001234', '064088001234', 'household'],
  ];
  for (const [typed, stored, kind] of valid) {
    it(`accepts "${typed}" as ${kind}`, () => {
      expect(checkTaxCode(typed)).toEqual({ taxCode: stored, kind } as never);
    });
  }

  it('rejects a wrong check digit', () => {
    expect(checkTaxCode('0100233480')).toEqual({ issue: 'invalidTaxCodeCheckDigit' });
  });

  it('rejects a branch whose first 10 digits fail the check digit', () => {
    expect(checkTaxCode('0314409051-002')).toEqual({ issue: 'invalidTaxCodeCheckDigit' });
  });

  it('rejects a code whose check digit would be 10', () => {
    // The check digit would be 10, which no single digit matches.
    const prefix = findPrefixWithoutCheckDigit();

    expect(taxCodeCheckDigit(prefix)).toBeNull();
    for (let digit = 0; digit <= 9; digit++) {
      expect(checkTaxCode(`${prefix}${digit}`)).toEqual({ issue: 'invalidTaxCodeCheckDigit' });
    }
  });

  it('asks for the hyphen in a 13-digit code', () => {
    expect(checkTaxCode('0314409058002')).toEqual({ issue: 'taxCodeBranchHyphen' });
  });

  it('rejects branch number 000', () => {
    expect(checkTaxCode('0314409058-000')).toEqual({ issue: 'invalidTaxCode' });
  });

  for (const typed of ['01002334AB', 'MST0100233488', '0314409058-O02']) {
    it(`rejects letters in "${typed}"`, () => {
      expect(checkTaxCode(typed)).toEqual({ issue: 'taxCodeLetters' });
    });
  }

  for (const typed of ['12345', '01002334881', '0314409058-02', '0314409058--002', '-0100233488']) {
    it(`rejects "${typed}" as no tax code layout`, () => {
      expect(checkTaxCode(typed)).toEqual({ issue: 'invalidTaxCode' });
    });
  }

  it('checks the province code of a personal ID', () => {
    expect(checkTaxCode('999088001234')).toEqual({ issue: 'cccdUnknownProvince' });
  });

  it('rejects a personal ID born in a future century', () => {
    expect(checkTaxCode('064488001234')).toEqual({ issue: 'cccdInvalidCentury' });
  });
});

describe('taxCodeKind', () => {
  it('tells the kind from the stored form', () => {
    expect(taxCodeKind('0100233488')).toBe('enterprise');
    expect(taxCodeKind('0314409058-002')).toBe('branch');
    expect(taxCodeKind('064088001234')).toBe('household');
  });
});

describe('TaxCode', () => {
  it('returns the stored form', () => {
    expect(TaxCode.parse(' 0314409058-002 ')).toBe('0314409058-002');
  });

  it('reports the issue key as message', () => {
    const parsed = TaxCode.safeParse('0314409058002');

    expect(parsed.success).toBeFalse();
    expect(parsed.error?.issues[0]?.message).toBe('taxCodeBranchHyphen');
  });

  it('reports a missing code as required', () => {
    expect(TaxCode.safeParse('').error?.issues[0]?.message).toBe('required');
    expect(TaxCode.safeParse(undefined).error?.issues[0]?.message).toBe('required');
  });
});

/** Finds a 9-digit prefix of a plausible code (province 01) whose weighted sum is a multiple of 11. */
function findPrefixWithoutCheckDigit(): string {
  for (let serial = 1; serial < 10_000_000; serial++) {
    const prefix = `01${String(serial).padStart(7, '0')}`;
    if (taxCodeCheckDigit(prefix) === null) {
      return prefix;
    }
  }
  throw new Error('No prefix found');
}
