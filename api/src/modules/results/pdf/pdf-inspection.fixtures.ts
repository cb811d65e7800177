import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** One word of a PDF's text layer with its box in points, as `pdftotext -bbox` prints it. */
export interface WordBox {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Extracts the text layer of a PDF file with poppler's `pdftotext`, in UTF-8. */
export async function extractText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  return stdout;
}

/** Parses the word boxes that `pdftotext -bbox` prints, page by page (the first page is 1). */
export function parseWordBoxes(html: string): WordBox[] {
  const boxes: WordBox[] = [];
  html.split('<page ').forEach((pageHtml, page) => {
    const pattern = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
    for (const match of pageHtml.matchAll(pattern)) {
      const [xMin, yMin, xMax, yMax] = match.slice(1, 5).map(Number);
      boxes.push({ page, text: match[5], xMin, yMin, xMax, yMax });
    }
  });
  return boxes;
}

/** Extracts every word of a PDF file with its box. */
export async function extractWordBoxes(file: string): Promise<WordBox[]> {
  const { stdout } = await run('pdftotext', ['-bbox', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return parseWordBoxes(stdout);
}

/** Whether two words on the same page cover a common area larger than half a point each way. */
export function overlaps(a: WordBox, b: WordBox): boolean {
  const tolerance = 0.5;
  return (
    a.page === b.page &&
    Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin) > tolerance &&
    Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) > tolerance
  );
}

/** Lists the pairs of overlapping words as `first/second`, comparing words of the same page only. */
export function overlappingWords(words: WordBox[]): string[] {
  const byPage = new Map<number, WordBox[]>();
  for (const word of words) {
    const pageWords = byPage.get(word.page);
    if (pageWords) {
      pageWords.push(word);
    } else {
      byPage.set(word.page, [word]);
    }
  }
  return [...byPage.values()].flatMap((pageWords) =>
    pageWords.flatMap((a, i) =>
      pageWords
        .slice(i + 1)
        .filter((b) => overlaps(a, b))
        .map((b) => `${a.text}/${b.text}`),
    ),
  );
}

/**
 * Runs poppler's `pdfsig`, which verifies every signature of a file with NSS, and returns its
 * report. It exits with status 2 for a file without signatures, which is a report too.
 */
export async function pdfsig(file: string): Promise<string> {
  try {
    return (await run('pdfsig', [file])).stdout;
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    if (failed.code === 2 && failed.stdout) {
      return failed.stdout;
    }
    throw error;
  }
}
