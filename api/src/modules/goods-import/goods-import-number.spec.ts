import { normalizeImportNumber } from './goods-import-number';

describe('normalizeImportNumber', () => {
  const cases: [string, '.' | ',', string][] = [
    ['1250.5', '.', '1250.5'],
    ['1250,5', ',', '1250.5'],
    ['0,1', '.', '0.1'],
    ['0.5', ',', '0.5'],
    ['1.250,5', ',', '1250.5'],
    ['1,250.5', '.', '1250.5'],
    ['1 250,5', ',', '1250.5'],
    ['1\u00a0250\u00a0000', ',', '1250000'],
    ['1.250.000', ',', '1250000'],
    ['1.250', ',', '1250'],
    ['1,250', '.', '1250'],
    ['1.250', '.', '1.250'],
    ['-3', '.', '-3'],
  ];

  for (const [raw, decimalSeparator, expected] of cases) {
    it(`reads ${raw} with decimal ${decimalSeparator}`, () => {
      expect(normalizeImportNumber(raw, decimalSeparator)).toBe(expected);
    });
  }

  it('leaves malformed groups for the schema to reject', () => {
    expect(normalizeImportNumber('1.25.0', ',')).toBe('1.25.0');
    expect(normalizeImportNumber('1,2,5.5', '.')).toBe('1,2,5.5');
    expect(normalizeImportNumber('abc', '.')).toBe('abc');
  });
});
