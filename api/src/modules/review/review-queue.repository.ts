import {
  MAX_QUEUE_MATCHES,
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

/** The ids of one page in order, and the number of matches up to `MAX_QUEUE_MATCHES`. */
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
 * Finds up to `MAX_QUEUE_MATCHES + 1` matches in any order, then counts and sorts just those. The
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
                  WHERE ${conditions.join(' AND ')} LIMIT ${params.add(MAX_QUEUE_MATCHES + 1)})
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
  const shared = filterConditions(selection, params);
  if (selection.search) {
    // The bounded query ran first and found the search able to match something.
    shared.push(searchCondition(selection.search, params)!);
  }
  const limit = params.add(selection.page * selection.pageSize);

  const branches: string[] = [];
  for (const status of selection.statuses) {
    for (const gateCode of selection.gateCodes) {
      branches.push(
        `(SELECT ${selectedColumns(selection, 'd')} FROM declarations d
           WHERE d.status = ${params.add(status)} AND d.gate_code = ${params.add(gateCode)} AND ${shared.join(' AND ')}
           ORDER BY ${orderBy(selection, 'd')} LIMIT ${limit})`,
      );
    }
  }

  const sql = `SELECT u.id FROM (${branches.join(' UNION ALL ')}) u
                ORDER BY ${orderBy(selection, 'u')} ${pageClause(selection, params)}`;
  return { sql, values: params.values };
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
  const dateRange = selection.plannedFrom !== undefined || selection.plannedTo !== undefined;
  const followsPlannedDate = selection.sort === 'submittedAt' || selection.sort === 'decidedAt';
  return dateRange && followsPlannedDate ? materializedSortQuery(selection) : orderedBranchQuery(selection);
}

async function run<T extends object>(sequelize: Sequelize, query: BoundQuery): Promise<T[]> {
  return sequelize.query<T>(query.sql, { bind: query.values, type: QueryTypes.SELECT });
}

/**
 * Finds the ids of one queue page in order and counts the matches up to `MAX_QUEUE_MATCHES`.
 * Most pages take one query, and a selection with more matches a second, ordered one.
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
  const [found] = await run<{ total: number; ids: string[] }>(sequelize, bounded);
  if (found.total <= MAX_QUEUE_MATCHES) {
    return { ids: found.ids, total: found.total, totalCapped: false };
  }

  const rows = await run<{ id: string }>(sequelize, manyMatchesQuery(selection));
  return { ids: rows.map((row) => row.id), total: MAX_QUEUE_MATCHES, totalCapped: true };
}
