import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('keeps an in-app path with its query', () => {
    expect(safeReturnUrl('/declarations/abc?status=approved')).toBe('/declarations/abc?status=approved');
  });

  const unsafeCases: [string, string | null | undefined][] = [
    ['missing value', undefined],
    ['empty value', ''],
    ['absolute URL', 'https://example.org/'],
    ['protocol-relative URL', '//example.org/declarations'],
    ['backslash trick', '/\\example.org'],
    ['sign-in page', '/login?returnUrl=%2Fdeclarations'],
  ];

  for (const [label, value] of unsafeCases) {
    it(`falls back to the list for a ${label}`, () => {
      expect(safeReturnUrl(value)).toBe('/declarations');
    });
  }
});
