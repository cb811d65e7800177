import { checkGoals, type BenchFigures } from './bench-figures';
import { resultRows } from './bench-report';
import { MEASUREMENT_NOTES, RENDERER_NOTES, workerSettingsNotes } from './benchmarks-notes';

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function machineTable(figures: BenchFigures): string {
  const { machine } = figures;
  const loads = Object.entries(figures.loadAverages)
    .map(([part, load]) => `${part} ${load.toFixed(2)}`)
    .join('; ');
  return table(
    ['Item', 'Value'],
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

/** Builds the whole `docs/benchmarks.md`, which each `npm run bench` rewrites. */
export function benchmarksMarkdown(figures: BenchFigures): string {
  const results = resultRows(figures).map(([measure, value]) => [measure, value]);
  const goals = checkGoals(figures).map((check) => [
    check.goal,
    check.measured,
    check.met ? 'met' : 'NOT met',
  ]);

  return `# Benchmarks

Written by \`npm run bench\` (\`bench/run.ts\`), which rewrites this page with new figures.
The benchmark is not part of \`npm test\`, because it takes a few minutes and its figures
depend on the machine.

## Machine and run

${machineTable(figures)}

## Results

${table(['Measure', 'Figure'], results)}

## Goals

${table(['Goal', 'Measured', 'Result'], goals)}

${workerSettingsNotes(figures)}
${MEASUREMENT_NOTES}
${RENDERER_NOTES}`;
}
