import { chromium, type Page } from 'playwright';

import type { SpeedFigures } from './render-speed';
import { resultBodyHtml, resultPage } from './result-html';
import { sampleResult } from './sample-results';

/** Chromium of the Debian package. The benchmark never downloads a browser. */
const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Way each document reaches Chromium. `warm-page`: one page keeps the fonts and each
 * document replaces its body, the fastest way to use Chromium for many documents.
 * `page-per-document`: each document is a whole HTML page with the fonts as data URLs, set
 * with `page.setContent()`, as an HTML-to-PDF service usually does it.
 */
export type ChromiumMode = 'warm-page' | 'page-per-document';

export interface ChromiumOptions {
  mode: ChromiumMode;
  warmUp: number;
  documents: number;
}

async function renderOne(page: Page, mode: ChromiumMode, index: number): Promise<Buffer> {
  const body = await resultBodyHtml(sampleResult(index));

  if (mode === 'warm-page') {
    await page.evaluate(async (html) => {
      document.body.innerHTML = html;
      await document.fonts.ready;
    }, body);
  } else {
    await page.setContent(resultPage(body));
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  }
  return page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
}

/**
 * Renders the same documents as the PDF renderer with headless Chromium's `page.pdf()`.
 * The browser and its first page start before timing.
 */
export async function measureChromium(options: ChromiumOptions): Promise<SpeedFigures> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });

  try {
    const page = await browser.newPage();
    await page.setContent(resultPage());
    await page.evaluate(() => document.fonts.ready.then(() => undefined));

    let index = 0;
    for (let count = 0; count < options.warmUp; count++) {
      await renderOne(page, options.mode, index++);
    }

    const timings: number[] = [];
    let bytes = 0;
    const cpuBefore = process.cpuUsage();
    for (let count = 0; count < options.documents; count++) {
      const started = performance.now();
      bytes = (await renderOne(page, options.mode, index++)).length;
      timings.push(performance.now() - started);
    }
    const cpu = process.cpuUsage(cpuBefore);

    timings.sort((a, b) => a - b);
    return {
      documents: options.documents,
      medianMs: timings[Math.floor(timings.length / 2)],
      bestMs: timings[0],
      // Only this process's share: most of Chromium's work happens in its own processes.
      cpuMs: (cpu.user + cpu.system) / 1000 / options.documents,
      bytes,
    };
  } finally {
    await browser.close();
  }
}
