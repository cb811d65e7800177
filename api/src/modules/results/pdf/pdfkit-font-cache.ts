import type { Font } from 'fontkit';
import PDFDocument from 'pdfkit';

/**
 * The members of a pdfkit 0.17 document that hold its fonts. pdfkit has no public way to
 * take a font that fontkit has already parsed (`font()` and `registerFont()` accept a path or
 * the bytes, and parse them again in every document), so this module fills the document's
 * font cache itself. A pdfkit upgrade that renames these members fails at the first render.
 */
interface DocumentFontCache {
  _fontFamilies: Record<string, unknown>;
  _fontCount: number;
  _font: object | null;
}

/** pdfkit's per-document wrapper of a fontkit font. It collects the subset and the widths. */
interface EmbeddedFont {
  font: Font;
  /** Shaped words by text, which pdfkit otherwise keeps for one document only. */
  layoutCache?: Record<string, unknown>;
}

type EmbeddedFontClass = new (document: PDFKit.PDFDocument, font: Font, id: string) => EmbeddedFont;

/** Adds a parsed font to a document under a name, for `doc.font(name)`. */
export type AddParsedFont = (doc: PDFKit.PDFDocument, name: string, font: Font) => void;

/**
 * Documents that share one set of shaped words. A fresh set then starts, which bounds the
 * memory to the distinct words of this many results (their labels and their names).
 */
const DOCUMENTS_PER_LAYOUT_CACHE = 500;

function fontCacheOf(doc: PDFKit.PDFDocument): DocumentFontCache {
  const cache = doc as unknown as Partial<DocumentFontCache>;
  if (typeof cache._fontFamilies !== 'object' || typeof cache._fontCount !== 'number') {
    throw new Error(
      'Unsupported pdfkit version: no font cache in the document. Update pdfkit-font-cache.ts.',
    );
  }
  return cache as DocumentFontCache;
}

/** Finds pdfkit's EmbeddedFont class, which pdfkit does not export, through a font loaded from `fontFile`. */
function findEmbeddedFontClass(fontFile: Buffer): EmbeddedFontClass {
  const probe = new PDFDocument({ autoFirstPage: false, font: '' });
  probe.font(fontFile);

  const loaded = fontCacheOf(probe)._font as Partial<EmbeddedFont> | null;
  if (!loaded || typeof loaded.font !== 'object' || typeof loaded.layoutCache !== 'object') {
    throw new Error(
      'Unsupported pdfkit version: unknown embedded font wrapper. Update pdfkit-font-cache.ts.',
    );
  }
  return loaded.constructor as EmbeddedFontClass;
}

/**
 * Returns a function that adds a parsed font to a document. Each document gets a wrapper of
 * its own, so each PDF embeds only the glyphs it prints. The parsed tables (the slow part,
 * about 100 ms per document) and the shaped words are shared by the documents of the process.
 * pdfkit already shares a shaped word between the lines of one document and never changes
 * it, so sharing it between documents prints the same. `fontFile` is any TrueType file,
 * parsed once to find pdfkit's wrapper class.
 */
export function parsedFontAdder(fontFile: Buffer): AddParsedFont {
  const EmbeddedFont = findEmbeddedFontClass(fontFile);
  const layoutCaches = new Map<Font, { words: Record<string, unknown>; documents: number }>();

  const layoutCacheFor = (font: Font) => {
    let shared = layoutCaches.get(font);
    if (!shared || shared.documents >= DOCUMENTS_PER_LAYOUT_CACHE) {
      shared = { words: Object.create(null) as Record<string, unknown>, documents: 0 };
      layoutCaches.set(font, shared);
    }
    shared.documents += 1;
    return shared.words;
  };

  return (doc, name, font) => {
    const cache = fontCacheOf(doc);
    const embedded = new EmbeddedFont(doc, font, `F${cache._fontCount + 1}`);

    embedded.layoutCache = layoutCacheFor(font);
    cache._fontCount += 1;
    cache._fontFamilies[name] = embedded;
  };
}
