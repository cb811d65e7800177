import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { parseFont } from './parsed-font';

const require = createRequire(import.meta.url);
const REGULAR = readFileSync(
  require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
);

describe('parseFont', () => {
  it('keeps the code points of a letter that a composite glyph uses', () => {
    const font = parseFont(REGULAR, { ccmp: false });
    // The subsetter copies ờ and its part ơ, and fontkit keeps ơ without code points.
    const subset = font.createSubset();
    subset.includeGlyph(font.glyphForCodePoint(0x1edd));
    subset.encode();

    const run = font.layout('Rơ');

    expect(run.glyphs.map((glyph) => glyph.codePoints)).toEqual([[0x52], [0x1a1]]);
  });

  it('applies the given features unless the caller passes its own', () => {
    const font = parseFont(REGULAR, { liga: false });

    const withDefaults = font.layout('fi');
    const withOwn = font.layout('fi', { liga: true });

    expect(withDefaults.glyphs.length).toBe(2);
    expect(withOwn.glyphs.length).toBe(1);
  });

  it('decodes a composite glyph the same way twice', () => {
    const font = parseFont(REGULAR, { ccmp: false });
    const subset = font.createSubset();
    const composite = font.glyphForCodePoint(0x1edd);
    subset.includeGlyph(composite);

    const first = subset.encode();
    const again = font.createSubset();
    again.includeGlyph(composite);

    expect(Buffer.from(again.encode()).equals(Buffer.from(first))).toBeTrue();
  });
});
