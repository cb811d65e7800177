import type { BenchFigures } from './bench-figures';

export const MEASUREMENT_NOTES = `## How it is measured

- **Documents.** Every document is a different one-page result with one traveller, printed
  in Noto Sans with Vietnamese text and a QR code: its own number, name, document number
  and verification token (\`bench/sample-results.ts\`).
- **One core.** \`renderResultPdf\` (and \`renderSignedResultPdf\`, which adds the PAdES
  placeholder and signs with the demo certificate) runs one document at a time on the main
  thread after a warm-up. The figure is the median of the rounds' wall-clock time per
  document; CPU is the process's user + system time per document.
- **Worker processes.** One or two Node processes render back to back for the same time
  after their own warm-up; documents per second add up over the processes.
- **Chromium.** Playwright drives \`/usr/bin/chromium\`, whose page contains the same texts,
  the QR code as inline SVG from \`qrcode\`, and the same Noto Sans files as data URLs.
  The browser starts before timing. With a warm page, one page keeps the fonts and each
  document replaces its body before \`page.pdf()\`, which is the fastest way to use Chromium
  for many documents. With a page per document, each document is a whole HTML page set with
  \`page.setContent()\`, as an HTML-to-PDF service usually does it.
- **Approval to download.** \`bench/approvals/\` starts the API and the worker as child
  processes on a database \`sg_bench_<random>\` and a queue prefix of their own. An applicant
  creates and submits the declarations through the API; the administrator approves them
  through the officer API at a fixed rate, without waiting for answers. A trigger in the
  benchmark's database reports each result the moment it becomes issued, and the applicant
  then downloads the PDF through the API. Times run from sending the approval. One second
  of approvals runs first and is not counted.
- The outbox relay of the worker polls every 100 ms (its default), so on average it adds
  50 ms between an approval and its job.
- The machine is shared: other processes may use the cores during a run (see the load
  averages), which slows every figure, Chromium's included.
`;

export const RENDERER_NOTES = `## Why the renderer is fast

Before these changes the renderer took about 100 ms per document on this machine (measured
once by hand, not by this benchmark). The time went to work that was the same for every
document:

- pdfkit parsed the 0.5 MB Noto Sans files again in every document. Now
  \`pdf-fonts.ts\` parses them once per process and \`pdfkit-font-cache.ts\` gives each document a
  wrapper of its own over the parsed font, so each PDF still embeds only the glyphs it prints.
- Every \`text()\` call passed OpenType features, which turns off pdfkit's layout cache, and
  that cache lasted one document only. The features are now set on the font, and the shaped
  words are shared by up to 500 documents.
- The subsetter parsed each glyph's outline again in every document (\`parsed-font.ts\`
  remembers it), pdfkit loaded Helvetica's metrics for each document (\`font: ''\`), and the
  QR code searched for the best mix of encoding modes and wrote long coordinates.

- Measuring a field ran pdfkit's line breaking before drawing ran it again. The heights of
  the labels, the same in every result, are now kept (\`pdf-text.ts\`), and the date
  formatter of the issue date is created once.

What is left is mostly pdfkit's line breaking and text output, the font subset, zlib and
the QR code's mask selection. Writing the streams uncompressed would save about 0.5 ms more
per document but double the file from 20 to 40 KiB (measured once by hand), so they stay
compressed.
`;

/**
 * Explains WORKER_CONCURRENCY and worker processes with the CPU time per result that this run
 * measured, which depends far less on the load of the machine than wall-clock times do.
 */
export function workerSettingsNotes(figures: BenchFigures): string {
  const approvals = figures.approvals;
  const perResult = approvals ? approvals.figures.cpuPerApproval.workersMs : NaN;
  const perSecond = Math.floor(1000 / perResult);

  return `## Worker settings

A worker process renders on its event loop, one document at a time, so \`WORKER_CONCURRENCY\`
(see \`docs/operations.md\` for its default) only lets one job's PostgreSQL and Redis round
trips overlap another job's rendering.
This run's worker used ${perResult.toFixed(1)} ms of CPU per result.
Rendering and signing take ${figures.renderAndSign.cpuMs.toFixed(1)} ms of it, and the rest goes to PostgreSQL, BullMQ and logging.
By that CPU time, one process with a core of its own can issue an estimated ${perSecond} results a second.
More worker processes (one per core) go beyond that.

Settings were compared on this 2-core machine in 10-second runs at 50 approvals a second,
alternating them under the same background load (1-minute load average 2 to 5,
2026-12-04). The p95 times from approval to download were 750-840 ms with
\`WORKER_CONCURRENCY=2\`, 360-480 ms with 4, about the same with 8, and 1.7 s with two worker
processes of 2 each, which compete with the API for the two cores.
\`--worker-concurrency=N\` and \`--worker-processes=N\` repeat such a comparison.
`;
}
