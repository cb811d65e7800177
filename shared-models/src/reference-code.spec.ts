import { DeclarationStatusLookup } from './declaration-status-lookup';
import {
  ReferenceCode,
  encodeReferenceRandomPart,
  formatReferenceCode,
  isReferenceCode,
  normalizeReferenceCode,
} from './reference-code';
import { issueMessageKey } from './validation-issues';

describe('ReferenceCode', () => {
  const accepted: [string, string][] = [
    ['LT-7K3Q-9C2M', 'LT-7K3Q-9C2M'],
    ['lt-7k3q-9c2m', 'LT-7K3Q-9C2M'],
    ['  LT 7K3Q 9C2M ', 'LT-7K3Q-9C2M'],
    ['LT7K3Q9C2M', 'LT-7K3Q-9C2M'],
    ['LT–7K3Q–9C2M', 'LT-7K3Q-9C2M'],
    // Crockford base32 reads O as 0 and I and L as 1 in the random part, but not in the gate code.
    ['LT-OKIQ-9CLM', 'LT-0K1Q-9C1M'],
    ['ＬＴ－７Ｋ３Ｑ－９Ｃ２Ｍ', 'LT-7K3Q-9C2M'],
  ];

  for (const [typed, canonical] of accepted) {
    it(`reads "${typed}" as ${canonical}`, () => {
      expect(ReferenceCode.parse(typed)).toBe(canonical);
    });
  }

  const rejected: [string, string][] = [
    ['', 'required'],
    ['   ', 'required'],
    ['7K3Q9C2M', 'invalidReferenceCode'],
    ['LT-7K3Q-9C2', 'invalidReferenceCode'],
    ['LT-7K3Q-9C2U', 'invalidReferenceCode'],
    ['LT-2026-000123', 'invalidReferenceCode'],
    ['<b>LT</b>-7K3Q-9C2M', 'invalidReferenceCode'],
    ['ABCDEFGHIJK-7K3Q-9C2M', 'invalidReferenceCode'],
  ];

  for (const [typed, key] of rejected) {
    it(`rejects "${typed}" with ${key}`, () => {
      const result = ReferenceCode.safeParse(typed);

      expect(result.success).toBeFalse();
      expect(result.error?.issues.map(issueMessageKey)).toEqual([key]);
    });
  }

  it('rejects a value that is not a string as missing', () => {
    const result = ReferenceCode.safeParse(42);

    expect(result.error?.issues.map(issueMessageKey)).toEqual(['required']);
  });

  it('formats a gate code and random part', () => {
    expect(formatReferenceCode('lt', '7K3Q9C2M')).toBe('LT-7K3Q-9C2M');
    expect(isReferenceCode('LT-7K3Q-9C2M')).toBeTrue();
    expect(isReferenceCode('LT-7K3Q-9C2')).toBeFalse();
  });

  it('joins groups that do not fit', () => {
    expect(normalizeReferenceCode('ab-c')).toBe('ABC');
    expect(normalizeReferenceCode('lt-7k3q-9c2')).toBe('LT7K3Q9C2');
  });
});

describe('encodeReferenceRandomPart', () => {
  it('encodes 40 bits as 8 base32 characters', () => {
    expect(encodeReferenceRandomPart(new Uint8Array([0, 0, 0, 0, 0]))).toBe('00000000');
    expect(encodeReferenceRandomPart(new Uint8Array([255, 255, 255, 255, 255]))).toBe('ZZZZZZZZ');
    expect(encodeReferenceRandomPart(new Uint8Array([0x08, 0x42, 0x10, 0x84, 0x21]))).toBe('11111111');
    expect(encodeReferenceRandomPart(new Uint8Array([0x3a, 0x67, 0x72, 0x61, 0x53]))).toBe('79KQ4RAK');
  });

  it('rejects a byte count other than 5', () => {
    expect(() => encodeReferenceRandomPart(new Uint8Array(4))).toThrowError(RangeError);
  });
});

describe('DeclarationStatusLookup', () => {
  it('accepts a reference code and a date of birth', () => {
    const lookup = DeclarationStatusLookup.parse({
      referenceCode: 'lt 7k3q 9c2m',
      leadDateOfBirth: '1988-04-30',
    });

    expect(lookup).toEqual({ referenceCode: 'LT-7K3Q-9C2M', leadDateOfBirth: '1988-04-30' });
  });

  it('names each invalid field', () => {
    const result = DeclarationStatusLookup.safeParse({
      referenceCode: 'LT-1',
      leadDateOfBirth: '1988-02-30',
    });

    const issues = result.error?.issues.map((issue) => [issue.path.join('.'), issueMessageKey(issue)]);
    expect(issues).toEqual([
      ['referenceCode', 'invalidReferenceCode'],
      ['leadDateOfBirth', 'invalidDate'],
    ]);
  });

  it('reports both fields missing', () => {
    const result = DeclarationStatusLookup.safeParse({});

    expect(result.error?.issues.map(issueMessageKey)).toEqual(['required', 'required']);
  });
});
