import { HsCode, formatHsCode, normalizeHsCode } from './hs-code';

describe('HS codes', () => {
  it('removes the dots of a code typed as in the tariff book', () => {
    expect(normalizeHsCode('0714.10')).toBe('071410');
    expect(normalizeHsCode(' 0714 10 11 ')).toBe('07141011');
  });

  it('accepts an 8-digit line typed with dots and keeps its leading zero', () => {
    expect(HsCode.parse('0714.10.11')).toBe('07141011');
  });

  it('refuses a subheading where a tariff line is needed', () => {
    const result = HsCode.safeParse('0714.10');

    expect(result.success).toBeFalse();
    expect(result.error?.issues[0].message).toBe('invalidHsCode');
  });

  it('refuses letters', () => {
    expect(HsCode.safeParse('07a41011').error?.issues[0].message).toBe('invalidHsCode');
  });

  it('writes a code with the dots of the tariff book', () => {
    expect(formatHsCode('07141011')).toBe('0714.10.11');
    expect(formatHsCode('071410')).toBe('0714.10');
    expect(formatHsCode('0714')).toBe('0714');
  });
});
