import { CountryCode } from './country-code';

describe('CountryCode', () => {
  it('accepts and upper-cases ISO alpha-3 codes', () => {
    expect(CountryCode.parse('vnm')).toBe('VNM');
    expect(CountryCode.parse('KHM')).toBe('KHM');
  });

  const invalid = ['VN', 'UTO', 'XXX', 'VNMM', '123', ''];
  for (const code of invalid) {
    it(`rejects "${code}"`, () => {
      const result = CountryCode.safeParse(code);

      expect(result.success).toBeFalse();
      expect(result.error?.issues[0].message).toBe('invalidCountry');
    });
  }
});
