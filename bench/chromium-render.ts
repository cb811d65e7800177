import { chromium, type Page } from 'playwright';

import type { SpeedFigures } from './render-speed';
import { resultBodyHtml, resultPageShell } from './result-html';
import { sampleResult } from './sample-results';

/** Chromium of the Debian package; the benchmark never downloads a browser. */
const CHROMIUM_PATH = '/usr/bin/chromium';

async function renderOne(page: Page, index: number): Promise<Buffer> {
  const body = await resultBodyHtml(sampleResult(index));
  await page.evaluate(async (html) => {
    document.body.innerHTML = html;
    await document.fonts.ready;
  }, body);
  return page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
}

/**
 * Renders the same documents with headless Chromium's `page.pdf()`. The browser, the page
 * and its fonts are loaded once, before timing. Each document only replaces the page's body
 * and prints it, which is the fastest way to use Chromium for many documents.
 */
export async function measureChromium(options: { warmUp: number; documents: number }): Promise<SpeedFigures> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });

  try {
    const page = await browser.newPage();
    await page.setContent(resultPageShell());
    await page.evaluate(() => document.fonts.ready.then(() => undefined));

    let index = 0;
    for (let count = 0; count < options.warmUp; count++) {
      await renderOne(page, index++);
    }

    const timings: number[] = [];
    let bytes = 0;
    const cpuBefore = process.cpuUsage();
    for (let count = 0; count < options.documents; count++) {
      const started = performance.now();
      bytes = (await renderOne(page, index++)).length;
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
