import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { format, resolveConfig } from 'prettier';

import { REPO_ROOT } from '../api/src/lib/config';
import { measureApprovalLatency, type ApprovalLoadOptions } from './approvals/approval-latency';
import type { BenchFigures } from './bench-figures';
import { printReport } from './bench-report';
import { benchmarksMarkdown } from './benchmarks-markdown';
import { measureChromium } from './chromium-render';
import { describeMachine, loadAverage } from './machine';
import { measureThroughput } from './parallel-render';
import { renderFunction } from './render-stages';
import { measureRenderSpeed } from './render-speed';
import { runSearchBenchmark } from './search/search-benchmark';
import { searchSection, withSearchSection, type SearchBenchFigures } from './search/search-markdown';

/**
 * Command-line switches: `search` to run only the work-queue and search part, `--quick` for a
 * short trial run, `--no-write` to leave docs/benchmarks.md alone, `--worker-processes=N` and
 * `--worker-concurrency=N` for the approval run (one process with the worker's default
 * concurrency unless given), `--search-declarations=N` (1,000,000 unless given) and
 * `--reseed` to seed the search database again instead of reusing it.
 */
const QUICK = process.argv.includes('--quick');
const WRITE = !process.argv.includes('--no-write');
const SEARCH_ONLY = process.argv.includes('search');

function numberOption(name: string): number | undefined {
  const argument = process.argv.find((entry) => entry.startsWith(`--${name}=`));
  if (!argument) {
    return undefined;
  }
  const value = Number(argument.slice(name.length + 3));
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`--${name} must be a whole number of at least 1, not ${argument}`);
  }
  return value;
}

const SPEED = QUICK ? { warmUp: 200, rounds: 3, perRound: 200 } : { warmUp: 500, rounds: 7, perRound: 500 };
const CHROMIUM = QUICK ? { warmUp: 5, documents: 20 } : { warmUp: 10, documents: 100 };
const CHROMIUM_PAGES = QUICK ? { warmUp: 3, documents: 10 } : { warmUp: 5, documents: 50 };
const THROUGHPUT_MS = QUICK ? 3_000 : 10_000;
const SEARCH = {
  declarations: numberOption('search-declarations') ?? 1_000_000,
  requests: QUICK ? 50 : 200,
  warmUp: QUICK ? 10 : 30,
  reseed: process.argv.includes('--reseed'),
};
const APPROVALS: ApprovalLoadOptions = {
  approvalsPerSecond: 50,
  durationSeconds: QUICK ? 5 : 20,
  workerProcesses: numberOption('worker-processes') ?? 1,
  workerConcurrency: numberOption('worker-concurrency'),
};

async function measure(): Promise<BenchFigures> {
  const loadAverages: Record<string, number> = {};
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    loadAverages[name] = loadAverage();
    console.log(`Measuring: ${name}`);
    return run();
  };

  const machine = describeMachine();
  const render = await step('render', () => measureRenderSpeed(renderFunction('render'), SPEED));
  const renderAndSign = await step('render + sign', () =>
    measureRenderSpeed(renderFunction('render+sign'), SPEED, 10_000_000),
  );
  const chromium = await step('Chromium', () => measureChromium({ mode: 'warm-page', ...CHROMIUM }));
  const chromiumPages = await step('Chromium, page per document', () =>
    measureChromium({ mode: 'page-per-document', ...CHROMIUM_PAGES }),
  );
  const throughput = {
    oneSigning: await step('1 worker', () => measureThroughput('render+sign', 1, THROUGHPUT_MS)),
    twoSigning: await step('2 workers', () => measureThroughput('render+sign', 2, THROUGHPUT_MS)),
    twoRendering: await step('2 workers, render only', () => measureThroughput('render', 2, THROUGHPUT_MS)),
  };
  const approvals = await step('approvals', () => measureApprovalLatency(APPROVALS));

  return {
    date: new Date(),
    command: commandLine(),
    machine,
    render,
    renderAndSign,
    chromium,
    chromiumPages,
    throughput,
    approvals: { options: APPROVALS, figures: approvals },
    loadAverages,
  };
}

function commandLine(): string {
  return ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
}

function printSearchReport(figures: SearchBenchFigures): void {
  const rows = Object.entries(figures.latency)
    .filter(([, value]) => typeof value === 'object' && 'latency' in value)
    .map(([name, value]) => ({
      request: name,
      ...value.latency,
      rows: value.averageRows,
      matches: value.averageTotal,
    }));
  console.table(rows);
}

/**
 * Runs the measurements, prints the figures, and writes them to docs/benchmarks.md. With
 * `search` only the search section of the page is measured and replaced.
 */
async function main(): Promise<void> {
  const file = path.join(REPO_ROOT, 'docs', 'benchmarks.md');
  let page: string;
  if (SEARCH_ONLY) {
    page = await readFile(file, 'utf8');
  } else {
    const figures = await measure();
    printReport(figures);
    page = benchmarksMarkdown(figures);
  }

  const search = await runSearchBenchmark({ ...SEARCH, command: commandLine() });
  printSearchReport(search);
  page = withSearchSection(page, searchSection(search));

  if (WRITE) {
    // Formats the file with the repository's Prettier settings, which `npm run lint` checks.
    const options = await resolveConfig(file);
    await writeFile(file, await format(page, { ...options, filepath: file }));
    console.log(`\nWritten to ${path.relative(process.cwd(), file)}`);
  }
}

main().catch((error: unknown) => {
  console.error('Benchmark failed:', error);
  process.exitCode = 1;
});
