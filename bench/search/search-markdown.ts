import type { MachineDescription } from '../machine';
import type { MeasuredRequests, SearchLatencyFigures } from './search-latency';

/** The 95th percentile that a name search and a filtered queue page must stay under, in milliseconds. */
export const SEARCH_GOAL_P95_MS = 50;

const START_MARKER = '<!-- search-benchmark:start -->';
const END_MARKER = '<!-- search-benchmark:end -->';

/** Everything the search section reports. */
export interface SearchBenchFigures {
  date: Date;
  command: string;
  machine: MachineDescription;
  declarations: number;
  travellers: number;
  seedSeconds: number | null;
  latency: SearchLatencyFigures;
  /** 1-minute load average when the measurements ended: other processes share the cores. */
  loadAverageAtEnd: number;
}

function milliseconds(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

function row(measure: string, figures: MeasuredRequests): string {
  const { latency } = figures;
  return `| ${measure} | ${latency.count} | ${milliseconds(latency.p50)} | ${milliseconds(latency.p95)} | ${milliseconds(latency.p99)} | ${milliseconds(latency.max)} | ${figures.averageRows.toFixed(1)} | ${Math.round(figures.averageTotal)} |`;
}

function goal(measure: string, figures: MeasuredRequests): string {
  const met = figures.latency.p95 < SEARCH_GOAL_P95_MS;
  return `| ${measure} | p95 < ${SEARCH_GOAL_P95_MS} ms | ${milliseconds(figures.latency.p95)} ms | ${met ? 'met' : 'NOT met'} |`;
}

/** Builds the search section of `docs/benchmarks.md`, between its markers. */
export function searchSection(figures: SearchBenchFigures): string {
  const { latency, machine } = figures;
  const seed =
    figures.seedSeconds === null
      ? 'reused from an earlier run'
      : `seeded in this run in ${Math.round(figures.seedSeconds)} s`;

  return `${START_MARKER}

## Work queues and search

Written by \`npm run bench -- search\` (\`bench/search/\`), which rewrites only this section.

| Item | Value |
| --- | --- |
| Date | ${figures.date.toISOString()} |
| Command | \`${figures.command}\` |
| CPU | ${machine.cpuModel}, ${machine.cores} cores |
| Memory | ${machine.memoryGiB} GiB |
| Node | ${machine.node} |
| 1-minute load average at the start and at the end | ${machine.loadAverage.toFixed(2)}, ${figures.loadAverageAtEnd.toFixed(2)} |
| Data | ${figures.declarations.toLocaleString('en')} declarations, ${figures.travellers.toLocaleString('en')} travellers, 5 gates; ${seed} |
| Officer | belongs to gates ${latency.officerGates.join(' and ')} (about 55 % of the declarations) |

| Request | Requests | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | rows per page | matches (counted up to 1,000 for a search, 10,000 for a queue) |
| --- | --- | --- | --- | --- | --- | --- | --- |
${row('Search: full name typed without diacritics', latency.fullName)}
${row('Search: family name and last given name', latency.partialName)}
${row('Search: family name alone (worst case, such as "nguyen")', latency.familyNameOnly)}
${row('Queue page: queue, planned-date range, sometimes gate and direction; sorted by planned date', latency.queuePage)}
${row('Queue page: the same filters sorted by name (Vietnamese order)', latency.queuePageByName)}
${row('Queue page: the same filters sorted by decision time, latest first', latency.queuePageByDecision)}
${row('Queue page as the handler runs it: the page and its audit row (a commit)', latency.queuePageAudited)}
${row('Queue summary: count and oldest age of 6 queues', latency.summary)}

| Goal | Target | Measured | Result |
| --- | --- | --- | --- |
${goal('Name search typed without diacritics', latency.fullName)}
${goal('Filtered queue page', latency.queuePage)}

How it is measured: the seed (\`bench/search/seed-search-data.ts\`) fills the database
\`sg_bench_search\` with \`INSERT … SELECT\` over \`generate_series\`: Vietnamese names drawn with
rough family-name shares (Nguyễn the most common, by far) and Khmer names as passports romanize them,
1 to 4 travellers per declaration, planned dates over two years, and statuses by date (open
ones near today, about 85 % issued in the past). Later runs reuse it; \`--reseed\` builds it
again. Each figure times \`ReviewQueueService.findPage\` or \`summary\`, the code behind the
API handlers: query building, SQL and the loading of the page's rows. The audited row times
\`list\`, which adds the audit row that every list view writes, a commit of its own. HTTP,
sessions and JSON are left out. Requests run one at a time after a warm-up, in rounds of one
request of each kind, so the figures show a warm cache, as on a busy server, and a change in the
machine's load affects every kind alike. Names come from a repeatable 1 % sample of the
travellers; queue requests come from a fixed pseudo-random sequence, pages 1 to 3 of 20 rows.

${END_MARKER}`;
}

/** Replaces the search section of a benchmarks page, or appends it when the page has none. */
export function withSearchSection(page: string, section: string): string {
  const start = page.indexOf(START_MARKER);
  const end = page.indexOf(END_MARKER);
  if (start === -1 || end === -1) {
    return `${page.trimEnd()}\n\n${section}\n`;
  }
  return `${page.slice(0, start)}${section}${page.slice(end + END_MARKER.length)}`;
}
