import {
  MAX_QUEUE_MATCHES,
  MAX_SEARCH_MATCHES,
  type DeclarationStatus,
  type QueueSortKey,
  type SortOrder,
} from '@smartgate/shared-models';
import { QueryTypes, type Sequelize } from 'sequelize';

import { BindParameters } from './bind-parameters';
import type { HoldFilter } from './review-queues';
import { searchCondition } from './review-search';

/** One queue request with the queue, the officer's gates and the filters resolved. */
export interface QueueSelection {
  officerId: string;
  statuses: readonly DeclarationStatus[];
  gateCodes: readonly string[];
  hold: HoldFilter;
  kind?: 'travel' | 'cargo';
  direction?: string;
  plannedFrom?: string;
  plannedTo?: string;
  nationality?: string;
  search?: string;
  sort: QueueSortKey;
  order: SortOrder;
  page: number;
  pageSize: number;
}

/** The ids of one page in order, and the number of matches up to `countLimit`. */
export interface QueueIdPage {
  ids: string[];
  total: number;
  totalCapped: boolean;
}

/** Columns of each sort, ending with the id so that equal keys keep a stable order across pages. */
const SORT_COLUMNS: Readonly<Record<QueueSortKey, readonly string[]>> = {
  plannedCrossingDate: ['planned_crossing_date', 'submitted_at', 'id'],
  submittedAt: ['submitted_at', 'id'],
  decidedAt: ['decided_at', 'id'],
  leadTravellerName: ['lead_traveller_name', 'id'],
};

/**
 * Returns how many matches a selection counts: `MAX_SEARCH_MATCHES` with search text, whose
 * matches are counted on the declarations' rows, else `MAX_QUEUE_MATCHES`, counted in an index.
 */
export function countLimit(selection: Pick<QueueSelection, 'search'>): number {
  return selection.search ? MAX_SEARCH_MATCHES : MAX_QUEUE_MATCHES;
}

function orderBy(selection: QueueSelection, alias: string): string {
  const direction = selection.order === 'desc' ? 'DESC' : 'ASC';
  return SORT_COLUMNS[selection.sort].map((column) => `${alias}.${column} ${direction}`).join(', ');
}

function holdCondition(hold: HoldFilter, officer: string): string | null {
  switch (hold) {
    case 'unheld':
      return 'd.assigned_officer_id IS NULL';
    case 'mine':
      return `d.assigned_officer_id = ${officer}`;
    case 'others':
      return `d.assigned_officer_id <> ${officer}`;
    case 'any':
      return null;
  }
}

/** Conditions every branch shares: visibility, hold and the optional filters (alias `d`). */
function filterConditions(selection: QueueSelection, params: BindParameters): string[] {
  // A draft withdrawn before submission never reached the gate.
  const conditions = [`(d.status <> 'withdrawn' OR d.submitted_at IS NOT NULL)`];

  const namesOfficer = selection.hold === 'mine' || selection.hold === 'others';
  const hold = holdCondition(selection.hold, namesOfficer ? params.add(selection.officerId) : '');
  if (hold) {
    conditions.push(hold);
  }
  if (selection.kind) {
    conditions.push(`d.kind = ${params.add(selection.kind)}`);
  }
  if (selection.direction) {
    conditions.push(`d.direction = ${params.add(selection.direction)}`);
  }
  if (selection.plannedFrom) {
    conditions.push(`d.planned_crossing_date >= ${params.add(selection.plannedFrom)}::date`);
  }
  if (selection.plannedTo) {
    conditions.push(`d.planned_crossing_date <= ${params.add(selection.plannedTo)}::date`);
  }
  if (selection.nationality) {
    conditions.push(
      `EXISTS (SELECT 1 FROM declaration_travellers n
                WHERE n.declaration_id = d.id AND n.nationality = ${params.add(selection.nationality)})`,
    );
  }
  return conditions;
}

/** A query and the values of its bind parameters. */
interface BoundQuery {
  sql: string;
  values: unknown[];
}

function selectedColumns(selection: QueueSelection, alias: string): string {
  return [...new Set(['id', ...SORT_COLUMNS[selection.sort]])]
    .map((column) => `${alias}.${column}`)
    .join(', ');
}

function pageClause(selection: QueueSelection, params: BindParameters): string {
  return `LIMIT ${params.add(selection.pageSize)} OFFSET ${params.add((selection.page - 1) * selection.pageSize)}`;
}

/**
 * Lists every condition of the selection on a declaration `d`, or returns null when the search
 * can match nothing.
 */
function matchConditions(selection: QueueSelection, params: BindParameters): string[] | null {
  const conditions = [
    `d.status = ANY(${params.add(selection.statuses)}::varchar[])`,
    `d.gate_code = ANY(${params.add(selection.gateCodes)}::varchar[])`,
    ...filterConditions(selection, params),
  ];
  if (selection.search) {
    const search = searchCondition(selection.search, params);
    if (!search) {
      return null;
    }
    conditions.push(search);
  }
  return conditions;
}

/**
 * Finds up to `countLimit + 1` matches in any order, then counts and sorts just those. The
 * planner reads them through whichever index narrows the selection best, such as the names for a
 * search or the planned dates for a date range. The cost therefore follows the number of
 * matches, not the position of the first match in the requested order, which a date range can
 * push far away.
 */
function boundedQuery(selection: QueueSelection): BoundQuery | null {
  const params = new BindParameters();
  const conditions = matchConditions(selection, params);
  if (!conditions) {
    return null;
  }

  const sql = `WITH found AS MATERIALIZED (
                 SELECT ${selectedColumns(selection, 'd')} FROM declarations d
                  WHERE ${conditions.join(' AND ')} LIMIT ${params.add(countLimit(selection) + 1)})
               SELECT (SELECT count(*)::int FROM found) AS total,
                      ARRAY(SELECT f.id FROM found f ORDER BY ${orderBy(selection, 'f')}
                            ${pageClause(selection, params)})::text[] AS ids`;
  return { sql, values: params.values };
}

/**
 * Builds a query that unites one ordered branch per status and gate, for selections with more
 * matches than `boundedQuery` sorts. Each branch has equalities on the leading columns of a
 * `declarations_queue_*_idx` index, so it reads an index range already in the requested order and
 * tests the other conditions row by row, and PostgreSQL merges the branches. That many matches
 * are dense in the order, so each walk is short.
 */
function orderedBranchQuery(selection: QueueSelection): BoundQuery {
  const params = new BindParameters();
  return { sql: orderedBranchSql(selection, params), values: params.values };
}

/**
 * Builds the SQL of `orderedBranchQuery` with the given parameters, optionally limited to the
 * submissions of a window that starts at the SQL expression `windowStart`.
 */
function orderedBranchSql(selection: QueueSelection, params: BindParameters, windowStart?: string): string {
  const shared = filterConditions(selection, params);
  if (selection.search) {
    // The bounded query ran first and found the search able to match something. Within a window
    // the walk is short, and `IS TRUE` keeps the search a test on each row. Otherwise PostgreSQL
    // may scan the name index once per branch.
    const search = searchCondition(selection.search, params)!;
    shared.push(windowStart ? `(${search}) IS TRUE` : search);
  }
  if (windowStart) {
    shared.push(windowCondition(selection, windowStart));
  }
  const limit = params.add(selection.page * selection.pageSize);

  const branches: string[] = [];
  for (const status of selection.statuses) {
    for (const gateCode of selection.gateCodes) {
      // Spelling out the shared condition on withdrawn declarations lets the walk skip, inside
      // the index, those withdrawn before submission, which sort first in a descending walk.
      const submitted = status === 'withdrawn' ? ' AND d.submitted_at IS NOT NULL' : '';
      branches.push(
        `(SELECT ${selectedColumns(selection, 'd')} FROM declarations d
           WHERE d.status = ${params.add(status)} AND d.gate_code = ${params.add(gateCode)}${submitted}
             AND ${shared.join(' AND ')}
           ORDER BY ${orderBy(selection, 'd')} LIMIT ${limit})`,
      );
    }
  }

  return `SELECT u.id FROM (${branches.join(' UNION ALL ')}) u
           ORDER BY ${orderBy(selection, 'u')} ${pageClause(selection, params)}`;
}

/**
 * Builds a query that reads every match of a selection and then sorts them, so that PostgreSQL
 * cannot choose an index walk in the requested order.
 */
function materializedSortQuery(selection: QueueSelection): BoundQuery {
  const params = new BindParameters();
  const conditions = matchConditions(selection, params)!;

  const sql = `WITH found AS MATERIALIZED (
                 SELECT ${selectedColumns(selection, 'd')} FROM declarations d WHERE ${conditions.join(' AND ')})
               SELECT f.id FROM found f ORDER BY ${orderBy(selection, 'f')} ${pageClause(selection, params)}`;
  return { sql, values: params.values };
}

/**
 * Picks the query of a page with more matches than `boundedQuery` sorts. Matches are then dense,
 * so an ordered walk fills a page soon, except for one case. Submission and decision times follow
 * the planned crossing date closely, so for a planned-date range a walk in time order would pass
 * every later (or earlier) declaration before reaching the range. Those matches are read by date
 * range and sorted instead, at a cost that follows the size of the range.
 */
function manyMatchesQuery(selection: QueueSelection): BoundQuery {
  const followsPlannedDate = selection.sort === 'submittedAt' || selection.sort === 'decidedAt';
  return hasDateRange(selection) && followsPlannedDate
    ? materializedSortQuery(selection)
    : orderedBranchQuery(selection);
}

function hasDateRange(selection: QueueSelection): boolean {
  return selection.plannedFrom !== undefined || selection.plannedTo !== undefined;
}

async function run<T extends object>(sequelize: Sequelize, query: BoundQuery): Promise<T[]> {
  return sequelize.query<T>(query.sql, { bind: query.values, type: QueryTypes.SELECT });
}

/** Submissions a first window contains per row of the page: matches of 1 in 10 fill it. */
const DENSE_WINDOW_FACTOR = 10;
/** How much a window grows when it contained too few matches and gave no better estimate. */
const WINDOW_GROWTH = 8;
/** The shortest span a window grows from, so that equal submission times still widen it. */
const MIN_WINDOW_SPAN_MS = 1000;

/**
 * Builds the condition of a window that starts at the SQL expression `start`: a plain range on
 * the submission time, which each walk reads as an index condition. Every declaration that a
 * queue shows has a submission time (only one withdrawn before submission has none), so the
 * window loses no match.
 */
function windowCondition(selection: QueueSelection, start: string): string {
  const operator = selection.order === 'desc' ? '>=' : '<=';
  return `d.submitted_at ${operator} ${start}`;
}

/**
 * Builds a query of the first `limit` submission times of the selection's statuses and gates in
 * `direction`, one branch per status and gate, each read from `declarations_queue_submitted_idx`
 * alone.
 */
function submissionTimesSql(
  selection: QueueSelection,
  params: BindParameters,
  direction: 'ASC' | 'DESC',
  limit: string,
): string {
  const branches = selection.statuses.flatMap((status) =>
    selection.gateCodes.map(
      (gateCode) =>
        `(SELECT d.submitted_at FROM declarations d
           WHERE d.status = ${params.add(status)} AND d.gate_code = ${params.add(gateCode)}
             AND d.submitted_at IS NOT NULL
           ORDER BY d.submitted_at ${direction} LIMIT ${limit})`,
    ),
  );
  return `SELECT u.submitted_at FROM (${branches.join(' UNION ALL ')}) u ORDER BY u.submitted_at ${direction} LIMIT ${limit}`;
}

/** The first window of a search: its first and last submission time, their number and the matches walked. */
interface FirstWindow {
  first: Date | null;
  since: Date | null;
  candidates: number;
  ids: string[];
}

/**
 * Builds a query that finds the window of the first `candidates` submissions in the order and
 * walks it for the first `needed` matches, in one statement.
 */
function firstWindowQuery(selection: QueueSelection, candidates: number, needed: number): BoundQuery {
  const params = new BindParameters();
  const descending = selection.order === 'desc';
  const times = submissionTimesSql(selection, params, descending ? 'DESC' : 'ASC', params.add(candidates));
  const walk = orderedBranchSql(
    { ...selection, page: 1, pageSize: needed },
    params,
    '(SELECT since FROM win)',
  );

  const sql = `WITH win AS MATERIALIZED (
                 SELECT ${descending ? 'max' : 'min'}(w.submitted_at) AS first,
                        ${descending ? 'min' : 'max'}(w.submitted_at) AS since, count(*)::int AS candidates
                   FROM (${times}) w)
               SELECT win.first, win.since, win.candidates, ARRAY(${walk})::text[] AS ids FROM win`;
  return { sql, values: params.values };
}

/**
 * Builds a query that reads the search's matches in the window starting at `since` through the
 * name index and the submission index together, sorts them and keeps the first `needed`. It
 * also returns whether the window contains every submission.
 */
function windowedMatchesQuery(selection: QueueSelection, since: Date, needed: number): BoundQuery {
  const params = new BindParameters();
  const descending = selection.order === 'desc';
  const start = `${params.add(since)}::timestamptz`;
  const conditions = [...matchConditions(selection, params)!, windowCondition(selection, start)];
  const last = submissionTimesSql(selection, params, descending ? 'ASC' : 'DESC', '1');

  const sql = `SELECT coalesce((${last}) ${descending ? '>=' : '<='} ${start}, true) AS complete,
                      ARRAY(SELECT d.id FROM declarations d WHERE ${conditions.join(' AND ')}
                             ORDER BY ${orderBy(selection, 'd')} LIMIT ${params.add(needed)})::text[] AS ids`;
  return { sql, values: params.values };
}

/**
 * Finds a page of a search with more matches than it counts, in submission order, through
 * windows of the latest (or earliest) submissions. A window that contains as many matches as the
 * page needs contains the first ones of the whole order. A short walk of a small window serves
 * frequent names such as "nguyen". The matches it found there estimate how much wider a window
 * the others need, assuming a steady pace of submissions, and the name index and the submission
 * index then read that window together. A window grows until it contains enough matches or
 * every submission.
 */
async function findWindowedSearchPage(sequelize: Sequelize, selection: QueueSelection): Promise<string[]> {
  const needed = selection.page * selection.pageSize;
  const offset = (selection.page - 1) * selection.pageSize;
  const page = (ids: string[]) => ids.slice(offset, offset + selection.pageSize);

  const candidates = needed * DENSE_WINDOW_FACTOR;
  const [first] = await run<FirstWindow>(sequelize, firstWindowQuery(selection, candidates, needed));
  if (!first.first || !first.since) {
    return [];
  }
  if (first.ids.length >= needed || first.candidates < candidates) {
    return page(first.ids);
  }

  const span = Math.max(Math.abs(first.first.getTime() - first.since.getTime()), MIN_WINDOW_SPAN_MS);
  const direction = selection.order === 'desc' ? -1 : 1;
  let factor =
    first.ids.length > 0 ? Math.max((2 * needed) / first.ids.length, WINDOW_GROWTH) : WINDOW_GROWTH ** 2;
  for (;;) {
    const since = new Date(first.first.getTime() + direction * span * factor);
    const [found] = await run<{ complete: boolean; ids: string[] }>(
      sequelize,
      windowedMatchesQuery(selection, since, needed),
    );
    if (found.ids.length >= needed || found.complete) {
      return page(found.ids);
    }
    factor *= WINDOW_GROWTH;
  }
}

/**
 * Finds the ids of one queue page in order and counts the matches up to `countLimit`.
 * Most pages take one query. A selection with more matches takes a second, ordered one, and a
 * search in submission order a few short ones through windows of the latest submissions.
 */
export async function findQueuePage(sequelize: Sequelize, selection: QueueSelection): Promise<QueueIdPage> {
  const empty: QueueIdPage = { ids: [], total: 0, totalCapped: false };
  if (selection.statuses.length === 0 || selection.gateCodes.length === 0) {
    return empty;
  }

  const bounded = boundedQuery(selection);
  if (!bounded) {
    return empty;
  }
  const limit = countLimit(selection);
  const [found] = await run<{ total: number; ids: string[] }>(sequelize, bounded);
  if (found.total <= limit) {
    return { ids: found.ids, total: found.total, totalCapped: false };
  }

  if (selection.search && selection.sort === 'submittedAt' && !hasDateRange(selection)) {
    return { ids: await findWindowedSearchPage(sequelize, selection), total: limit, totalCapped: true };
  }
  const rows = await run<{ id: string }>(sequelize, manyMatchesQuery(selection));
  return { ids: rows.map((row) => row.id), total: limit, totalCapped: true };
}
