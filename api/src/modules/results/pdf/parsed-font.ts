import { create, type Font, type Glyph } from 'fontkit';

/** fontkit's TrueType glyph, whose `_decode` parses the outline again on every call. */
interface DecodableGlyph {
  _decode(): unknown;
}

const remembered = new WeakSet<object>();

/**
 * Makes a glyph parse its outline once. pdfkit subsets the font of every document, and the
 * subsetter decodes each glyph it copies only to find the parts of composite glyphs. The
 * parsed font lives as long as the process, so every later decode would read the same bytes.
 */
function rememberOutline(glyph: Glyph | null): Glyph | null {
  const decodable = glyph as (Glyph & Partial<DecodableGlyph>) | null;
  if (!decodable || typeof decodable._decode !== 'function' || remembered.has(decodable)) {
    return glyph;
  }

  const decode = decodable._decode.bind(decodable);
  let decoded: { value: unknown } | undefined;
  decodable._decode = () => (decoded ??= { value: decode() }).value;
  remembered.add(decodable);
  return glyph;
}

/**
 * Parses a TrueType file for use in many documents. The returned font shapes text with
 * `features` unless a caller passes its own, because pdfkit keeps its per-word layout cache
 * only for text without explicit features, and it remembers parsed glyph outlines.
 */
export function parseFont(file: Buffer, features: Record<string, boolean>): Font {
  const font = create(file);
  if (!('layout' in font)) {
    throw new Error('Expected a single TrueType font, not a collection');
  }

  const adapted = Object.create(font) as Font;
  adapted.layout = (text, explicitFeatures, ...rest) =>
    font.layout(text, explicitFeatures ?? features, ...rest);
  adapted.getGlyph = (id, codePoints) => rememberOutline(font.getGlyph(id, codePoints)) as Glyph;
  return adapted;
}
