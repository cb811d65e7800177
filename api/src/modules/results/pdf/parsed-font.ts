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

function sameCodePoints(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((codePoint, index) => codePoint === b[index]);
}

/**
 * Returns the glyph with the code points that the caller requested. fontkit keeps one glyph
 * object per glyph id, with the code points of the call that created it, and pdfkit writes
 * those into the PDF's text layer. The subsetter creates glyphs without code points (the
 * parts of composite glyphs: ơ is a part of ờ), so in a font kept for the process a later
 * "Rơ" would lose its ơ in the extracted text. A view that inherits everything else from
 * the kept glyph carries the code points of the text being laid out.
 */
function withCodePoints(glyph: Glyph | null, codePoints: number[] | undefined): Glyph | null {
  if (!glyph || !codePoints || codePoints.length === 0 || sameCodePoints(glyph.codePoints, codePoints)) {
    return glyph;
  }
  return Object.create(glyph, { codePoints: { value: codePoints, enumerable: true } }) as Glyph;
}

/**
 * Parses a TrueType file for use in many documents. The returned font shapes text with
 * `features` unless a caller passes its own, because pdfkit keeps its per-word layout cache
 * only for text without explicit features. It also remembers parsed glyph outlines, and
 * gives each laid-out glyph the code points of its own text.
 */
export function parseFont(file: Buffer, features: Record<string, boolean>): Font {
  const font = create(file);
  if (!('layout' in font)) {
    throw new Error('Unsupported font file: expected a single TrueType font, got a font collection');
  }

  // Set on the parsed font itself, because its layout engine calls it there.
  const keptGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, codePoints) =>
    withCodePoints(rememberOutline(keptGlyph(id, codePoints)), codePoints) as Glyph;

  const adapted = Object.create(font) as Font;
  adapted.layout = (text, explicitFeatures, ...rest) =>
    font.layout(text, explicitFeatures ?? features, ...rest);
  return adapted;
}
