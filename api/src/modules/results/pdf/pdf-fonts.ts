import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Font names registered in every result document. */
export const FONT = { regular: 'NotoSans-Regular', bold: 'NotoSans-Bold' } as const;

interface FontFiles {
  regular: Buffer;
  bold: Buffer;
}

let fontFiles: FontFiles | undefined;

/**
 * Reads the Noto Sans TTF files once per process. pdfkit's built-in fonts cannot print
 * Vietnamese, and the full TTF files (unlike the @fontsource subsets) cover every
 * Vietnamese letter in one font, which pdfkit needs within a line.
 */
function loadFontFiles(): FontFiles {
  if (!fontFiles) {
    const require = createRequire(import.meta.url);
    const read = (file: string) => readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${file}`));

    fontFiles = {
      regular: read('400Regular/NotoSans_400Regular.ttf'),
      bold: read('700Bold/NotoSans_700Bold.ttf'),
    };
  }
  return fontFiles;
}

/** Registers the embedded fonts in a document and selects the regular one. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const files = loadFontFiles();

  doc.registerFont(FONT.regular, files.regular);
  doc.registerFont(FONT.bold, files.bold);
  doc.font(FONT.regular);
}
