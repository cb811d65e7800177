import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { Font } from 'fontkit';

import { parseFont } from './parsed-font';
import { parsedFontAdder, type AddParsedFont } from './pdfkit-font-cache';

/** Font names registered in every result document. */
export const FONT = { regular: 'NotoSans-Regular', bold: 'NotoSans-Bold' } as const;

/**
 * OpenType features of every text run: the defaults without `ccmp`. Through `ccmp`, Noto
 * Sans composes letters with a dot below (ạ, ị, ọ, ụ, ỵ) from a base letter and a combining
 * mark. pdfkit 0.17 maps those glyphs back to text without the mark, so extracted text read
 * "Trong" for "Trọng". The precomposed glyphs look the same.
 */
const TEXT_FEATURES: Record<string, boolean> = { ccmp: false };

interface ParsedFonts {
  regular: Font;
  bold: Font;
  add: AddParsedFont;
}

let parsedFonts: ParsedFonts | undefined;

/**
 * Reads and parses the Noto Sans TTF files once per process. pdfkit's built-in fonts cannot
 * print Vietnamese, and the full TTF files (unlike the @fontsource subsets) cover every
 * Vietnamese letter in one font, which pdfkit needs within a line.
 */
function loadFonts(): ParsedFonts {
  if (!parsedFonts) {
    const require = createRequire(import.meta.url);
    const read = (file: string) => readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${file}`));
    const regular = read('400Regular/NotoSans_400Regular.ttf');

    parsedFonts = {
      regular: parseFont(regular, TEXT_FEATURES),
      bold: parseFont(read('700Bold/NotoSans_700Bold.ttf'), TEXT_FEATURES),
      add: parsedFontAdder(regular),
    };
  }
  return parsedFonts;
}

/** Adds the embedded fonts to a document and selects the regular one. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const fonts = loadFonts();

  fonts.add(doc, FONT.regular, fonts.regular);
  fonts.add(doc, FONT.bold, fonts.bold);
  doc.font(FONT.regular);
}
