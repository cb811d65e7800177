import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('keeps a path inside the portal', () => {
    expect(safeReturnUrl('/declarations/abc')).toBe('/declarations/abc');
  });

  it('falls back to the declaration list', () => {
    expect(safeReturnUrl(undefined)).toBe('/declarations');
    expect(safeReturnUrl('')).toBe('/declarations');
  });

  it('ignores URLs that lead to another site', () => {
    expect(safeReturnUrl('https://example.com/')).toBe('/declarations');
    expect(safeReturnUrl('//example.com/')).toBe('/declarations');
    expect(safeReturnUrl('/\\example.com')).toBe('/declarations');
  });
});
