import {
  ReviewQueueQuery,
  addDaysToDateOnly,
  todayInTimeZone,
  type OfficerRole,
  type QueueSortKey,
  type ReviewQueue,
} from '@smartgate/shared-models';
import { QueryTypes, type Sequelize } from 'sequelize';

import type { OfficerPrincipal } from '../../api/src/lib/principal';
import { ReviewQueueService } from '../../api/src/modules/review/review-queue.service';
import type { OfficerRequest } from '../../api/src/modules/review/review.service';
import { summarize, type LatencySummary } from '../approvals/percentiles';

/** One kind of request: its latency and the average number of rows each request returned. */
export interface MeasuredRequests {
  latency: LatencySummary;
  averageRows: number;
  averageTotal: number;
}

export interface SearchLatencyFigures {
  officerGates: string[];
  fullName: MeasuredRequests;
  partialName: MeasuredRequests;
  familyNameOnly: MeasuredRequests;
  queuePage: MeasuredRequests;
  queuePageByName: MeasuredRequests;
  queuePageByDecision: MeasuredRequests;
  /** The queue pages again through `list`, which the handler calls: the page and its audit row. */
  queuePageAudited: MeasuredRequests;
  summary: MeasuredRequests;
}

/** A small deterministic generator (mulberry32), so every run sends the same queries. */
function randomSequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

async function benchOfficer(sequelize: Sequelize): Promise<OfficerRequest> {
  const [officer] = await sequelize.query<{ id: string; gateCodes: string[] }>(
    `SELECT o.id, array_agg(g.gate_code ORDER BY g.gate_code) AS "gateCodes"
       FROM officers o JOIN officer_gates g ON g.officer_id = o.id
      WHERE o.username = 'bench-officer-1' GROUP BY o.id`,
    { type: QueryTypes.SELECT },
  );
  const principal: OfficerPrincipal = {
    kind: 'officer',
    id: officer.id,
    username: 'bench-officer-1',
    fullName: 'Cán bộ Số 1',
    role: 'reviewer' satisfies OfficerRole,
    gateCodes: officer.gateCodes,
    passwordChangeRequired: false,
  };
  return { officer: principal, ip: '127.0.0.1' };
}

/** Folded names of random travellers, as an officer types them without diacritics. */
async function sampleNames(sequelize: Sequelize, count: number): Promise<string[]> {
  const rows = await sequelize.query<{ name: string }>(
    `SELECT full_name_folded AS name FROM declaration_travellers TABLESAMPLE SYSTEM (1) REPEATABLE (42)
      ORDER BY declaration_id LIMIT $1`,
    { bind: [count], type: QueryTypes.SELECT },
  );
  return rows.map((row) => row.name);
}

type Outcome = { rows: number; total: number };

/** Collects the latencies and outcomes of one kind of request. */
class Recorder {
  private readonly latencies: number[] = [];
  private rows = 0;
  private total = 0;

  async time(run: () => Promise<Outcome>): Promise<void> {
    const started = performance.now();
    const outcome = await run();
    this.latencies.push(performance.now() - started);
    this.rows += outcome.rows;
    this.total += outcome.total;
  }

  figures(): MeasuredRequests {
    const count = this.latencies.length;
    return {
      latency: summarize(this.latencies),
      averageRows: this.rows / count,
      averageTotal: this.total / count,
    };
  }
}

/** Picks no direction 7 times in 10, else entry or exit. */
function pickDirection(random: () => number): 'entry' | 'exit' | undefined {
  if (random() >= 0.3) {
    return undefined;
  }
  return random() < 0.5 ? 'entry' : 'exit';
}

/** Builds filtered queue requests: a queue, a planned-date range, sometimes a gate or a direction, pages 1 to 3. */
function queueQueries(
  count: number,
  gates: string[],
  sort?: { key: QueueSortKey; order: 'asc' | 'desc' },
): ReviewQueueQuery[] {
  const random = randomSequence(7);
  const today = todayInTimeZone();
  const queues: ReviewQueue[] = ['new', 'mine', 'waiting', 'approved', 'rejected'];

  return Array.from({ length: count }, () => {
    const queue = queues[Math.floor(random() * queues.length)];
    const open = queue === 'new' || queue === 'mine' || queue === 'waiting';
    const start = open
      ? addDaysToDateOnly(today, -2)
      : addDaysToDateOnly(today, -Math.floor(random() * 690) - 10);
    const days = open ? 9 : 7 + Math.floor(random() * 24);
    return ReviewQueueQuery.parse({
      queue,
      plannedFrom: start,
      plannedTo: addDaysToDateOnly(start, days),
      gate: random() < 0.3 ? gates[Math.floor(random() * gates.length)] : undefined,
      direction: pickDirection(random),
      sort: sort?.key,
      order: sort?.order,
      page: 1 + Math.floor(random() * 3),
      pageSize: 20,
    });
  });
}

/**
 * Measures, one request at a time, the repository code behind the API's handlers:
 * `ReviewQueueService.findPage` (query building, SQL and loading the page's rows) and `summary`.
 * One figure adds the audit row of each list, as `list` writes it. HTTP, the session and JSON
 * encoding are left out. `count` requests per figure follow `warmUp` unmeasured ones.
 */
export async function measureSearchLatency(
  sequelize: Sequelize,
  options: { count: number; warmUp: number },
): Promise<SearchLatencyFigures> {
  const request = await benchOfficer(sequelize);
  const service = new ReviewQueueService(sequelize);
  const names = await sampleNames(sequelize, options.count);
  const list = async (query: ReviewQueueQuery) => {
    const page = await service.findPage(request.officer, query);
    return { rows: page.items.length, total: page.total };
  };
  const searchFor = (text: string) => list(ReviewQueueQuery.parse({ search: text, pageSize: 20 }));

  const queuePages = queueQueries(options.count, request.officer.gateCodes);
  const namePages = queueQueries(options.count, request.officer.gateCodes, {
    key: 'leadTravellerName',
    order: 'asc',
  });
  const decisionPages = queueQueries(options.count, request.officer.gateCodes, {
    key: 'decidedAt',
    order: 'desc',
  });

  for (let index = 0; index < options.warmUp; index++) {
    await searchFor(names[index % names.length]);
    await list(queuePages[index % queuePages.length]);
  }

  const words = (name: string) => name.split(' ');
  const kinds: Record<
    Exclude<keyof SearchLatencyFigures, 'officerGates'>,
    (index: number) => Promise<Outcome>
  > = {
    fullName: (index) => searchFor(names[index % names.length]),
    // The family name and the last given name, as in "nguyen duc" for Nguyễn Văn Đức.
    partialName: (index) => {
      const parts = words(names[index % names.length]);
      return searchFor(`${parts[0]} ${parts[parts.length - 1]}`);
    },
    familyNameOnly: (index) => searchFor(words(names[index % names.length])[0]),
    queuePage: (index) => list(queuePages[index]),
    queuePageByName: (index) => list(namePages[index]),
    queuePageByDecision: (index) => list(decisionPages[index]),
    queuePageAudited: async (index) => {
      const page = await service.list(request, queuePages[index]);
      return { rows: page.items.length, total: page.total };
    },
    summary: async () => {
      const summary = await service.summary(request);
      return {
        rows: summary.queues.length,
        total: summary.queues.reduce((sum, queue) => sum + queue.count, 0),
      };
    },
  };

  // Rounds run one request of every kind, so a change in the machine's load affects all kinds alike.
  const recorders = Object.fromEntries(Object.keys(kinds).map((kind) => [kind, new Recorder()])) as Record<
    keyof typeof kinds,
    Recorder
  >;
  for (let index = 0; index < options.count; index++) {
    for (const [kind, run] of Object.entries(kinds) as [
      keyof typeof kinds,
      (index: number) => Promise<Outcome>,
    ][]) {
      await recorders[kind].time(() => run(index));
    }
  }

  return {
    officerGates: request.officer.gateCodes,
    ...(Object.fromEntries(
      Object.entries(recorders).map(([kind, recorder]) => [kind, recorder.figures()]),
    ) as Record<keyof typeof kinds, MeasuredRequests>),
  };
}
