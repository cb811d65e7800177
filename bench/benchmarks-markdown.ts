import { checkGoals, type BenchFigures } from './bench-figures';
import { resultRows } from './bench-report';

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function machineTable(figures: BenchFigures): string {
  const { machine } = figures;
  const loads = Object.entries(figures.loadAverages)
    .map(([part, load]) => `${part} ${load.toFixed(2)}`)
    .join(', ');
  return table(
    ['', ''],
    [
      ['Date', figures.date.toISOString()],
      ['Command', `\`${figures.command}\``],
      ['CPU', `${machine.cpuModel}, ${machine.cores} cores`],
      ['Memory', `${machine.memoryGiB} GiB`],
      ['Node', machine.node],
      ['1-minute load average before each part', loads],
    ],
  );
}

const METHOD = `## How it is measured

- **Documents.** Every document is a different one-page result with one traveller, printed
  in Noto Sans with Vietnamese text and a QR code: its own number, name, document number
  and verification token (\`bench/sample-results.ts\`).
- **One core.** \`renderResultPdf\` (and \`renderSignedResultPdf\`, which adds the PAdES
  placeholder and signs with the demo certificate) runs one document at a time on the main
  thread after a warm-up. The figure is the median of the rounds' wall-clock time per
  document; CPU is the process's user + system time per document.
- **Worker processes.** One or two Node processes render back to back for the same time
  after their own warm-up; documents per second add up over the processes.
- **Chromium.** Playwright drives \`/usr/bin/chromium\`. One page holds the same Noto Sans
  files as data URLs; each document replaces the page's body (the same texts, the QR code
  as inline SVG from \`qrcode\`) and is printed with \`page.pdf()\`. The browser and the fonts
  are loaded before timing, which is the fastest way to use Chromium for many documents.
- **Approval to download.** \`bench/approvals/\` starts the API and the worker as child
  processes on a database \`sg_bench_<random>\` and a queue prefix of their own. An applicant
  creates and submits the declarations through the API; the administrator approves them
  through the officer API at a fixed rate, without waiting for answers. A trigger in the
  benchmark's database reports each result the moment it becomes issued, and the applicant
  then downloads the PDF through the API. Times run from sending the approval. One second
  of approvals runs first and is not counted.
- The machine is shared: other processes may use the cores during a run (see the load
  averages), which slows every figure, Chromium's included.
`;

const RENDERER = `## Why the renderer is fast

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

What is left is mostly pdfkit's line breaking and text output, the font subset, and zlib.
`;

/** Builds the whole `docs/benchmarks.md`, which each `npm run bench` rewrites. */
export function benchmarksMarkdown(figures: BenchFigures): string {
  const results = resultRows(figures).map(([measure, value]) => [measure, value]);
  const goals = checkGoals(figures).map((check) => [
    check.goal,
    check.measured,
    check.met ? 'met' : 'NOT met',
  ]);

  return `# Benchmarks

Written by \`npm run bench\` (\`bench/run.ts\`); run it again to update the figures. The
benchmark is not part of \`npm test\`: it takes a few minutes and its figures depend on the
machine.

## Machine and run

${machineTable(figures)}

## Results

${table(['Measure', 'Figure'], results)}

## Goals

${table(['Goal', 'Measured', 'Result'], goals)}

${METHOD}
${RENDERER}`;
}
