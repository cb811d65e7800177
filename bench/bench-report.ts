import type { LatencySummary } from './approvals/percentiles';
import { checkGoals, speedUp, type BenchFigures } from './bench-figures';
import type { SpeedFigures } from './render-speed';

/** A row of the results table: what was measured and the figure. */
type Row = [measure: string, value: string];

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 0)} ms`;
}

function speed(figures: SpeedFigures): string {
  return `${ms(figures.medianMs)} per document (best round ${ms(figures.bestMs)}, CPU ${ms(figures.cpuMs)}; ${figures.documents} documents, ${(figures.bytes / 1024).toFixed(0)} KiB each)`;
}

function latency(summary: LatencySummary): string {
  return `p50 ${ms(summary.p50)}, p95 ${ms(summary.p95)}, p99 ${ms(summary.p99)}, max ${ms(summary.max)}`;
}

export function resultRows(figures: BenchFigures): Row[] {
  const { throughput } = figures;
  const rows: Row[] = [
    ['Render, one core', speed(figures.render)],
    ['Render + sign, one core', speed(figures.renderAndSign)],
    ['Chromium page.pdf(), same documents, warm page', speed(figures.chromium)],
    ['Chromium page.pdf(), same documents, page per document', speed(figures.chromiumPages)],
    ['Render speed-up over Chromium, warm page', `${speedUp(figures).toFixed(1)}×`],
    [
      'Render speed-up over Chromium, page per document',
      `${speedUp(figures, figures.chromiumPages).toFixed(1)}×`,
    ],
    ['Render + sign, 1 worker process', `${throughput.oneSigning.documentsPerSecond.toFixed(0)} documents/s`],
    [
      'Render + sign, 2 worker processes',
      `${throughput.twoSigning.documentsPerSecond.toFixed(0)} documents/s`,
    ],
    [
      'Render only, 2 worker processes',
      `${throughput.twoRendering.documentsPerSecond.toFixed(0)} documents/s`,
    ],
  ];

  const approvals = figures.approvals;
  if (approvals) {
    const { figures: measured, options } = approvals;
    const concurrency = options.workerConcurrency
      ? `WORKER_CONCURRENCY=${options.workerConcurrency}`
      : 'WORKER_CONCURRENCY at its default';
    const load = `${options.approvalsPerSecond}/s for ${options.durationSeconds} s, ${options.workerProcesses} worker process(es), ${concurrency}`;
    rows.push(
      [`Approval request answered (${load})`, latency(measured.approvalResponse)],
      ['Approval → result issued', latency(measured.issued)],
      ['Approval → PDF downloaded', latency(measured.downloaded)],
      [
        'CPU per approval: API (approval + download), worker',
        `${ms(measured.cpuPerApproval.apiMs)}, ${ms(measured.cpuPerApproval.workersMs)}`,
      ],
      [
        'Approvals, PDFs downloaded, errors',
        `${measured.approvals} approvals, ${measured.downloaded.count} PDFs downloaded, ` +
          `${measured.approvalErrors + measured.downloadErrors} errors, ${measured.missing} not issued`,
      ],
    );
  }
  return rows;
}

/** Prints the results and the goals as plain-text tables. */
export function printReport(figures: BenchFigures): void {
  const rows = resultRows(figures);
  const width = Math.max(...rows.map(([measure]) => measure.length));
  console.log('');
  rows.forEach(([measure, value]) => console.log(`${measure.padEnd(width)}  ${value}`));
  console.log('');
  checkGoals(figures).forEach((check) =>
    console.log(`${check.met ? 'MET    ' : 'NOT MET'}  ${check.goal}: ${check.measured}`),
  );
}
