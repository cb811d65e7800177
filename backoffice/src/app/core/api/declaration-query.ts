import type {
  DeclarationKind,
  QueueSortKey,
  QueueStatusFilter,
  ReviewQueue,
  SortOrder,
} from '@smartgate/shared-models';

/**
 * The officers' queues, with `all` for search results. The record type makes the compiler report
 * a queue added to or removed from the API contract. The list is spelled out to keep zod out of
 * the bundle.
 */
const QUEUE_NAMES: Record<ReviewQueue, true> = {
  new: true,
  mine: true,
  others: true,
  waiting: true,
  approved: true,
  rejected: true,
  all: true,
};
export const QUEUES = Object.keys(QUEUE_NAMES) as ReviewQueue[];

/** Statuses an officer can filter by. Drafts stay private to their applicant. */
const STATUS_NAMES: Record<QueueStatusFilter, true> = {
  submitted: true,
  changes_requested: true,
  approved: true,
  issued: true,
  rejected: true,
  withdrawn: true,
};
export const QUEUE_STATUSES = Object.keys(STATUS_NAMES) as QueueStatusFilter[];
export type QueueStatus = QueueStatusFilter;

/** Kinds of declaration an officer can filter by: `crossing` for travellers, `cargo` for trucks. */
const KIND_NAMES: Record<DeclarationKind, true> = {
  crossing: true,
  cargo: true,
};
export const DECLARATION_KINDS = Object.keys(KIND_NAMES) as DeclarationKind[];

const SORT_KEYS: Record<QueueSortKey, true> = {
  plannedCrossingDate: true,
  submittedAt: true,
  decidedAt: true,
  leadTravellerName: true,
};

/**
 * The order each queue has when the officer picks none, as the API applies it: open queues by
 * planned crossing, decided ones by the latest decision, search results by the latest submission.
 */
const DEFAULT_SORTS: Record<ReviewQueue, { key: QueueSortKey; order: SortOrder }> = {
  new: { key: 'plannedCrossingDate', order: 'asc' },
  mine: { key: 'plannedCrossingDate', order: 'asc' },
  others: { key: 'plannedCrossingDate', order: 'asc' },
  waiting: { key: 'plannedCrossingDate', order: 'asc' },
  approved: { key: 'decidedAt', order: 'desc' },
  rejected: { key: 'decidedAt', order: 'desc' },
  all: { key: 'submittedAt', order: 'desc' },
};

/** Returns the order the API applies without a requested sort: by planned date for a date range, else the queue's own. */
export function defaultSort(query: Pick<DeclarationQuery, 'queue' | 'plannedFrom' | 'plannedTo'>): {
  key: QueueSortKey;
  order: SortOrder;
} {
  if (query.plannedFrom || query.plannedTo) {
    return { key: 'plannedCrossingDate', order: 'asc' };
  }
  return DEFAULT_SORTS[query.queue];
}

export const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZE_OPTIONS = [10, 20, 50] as const;

/** Filters of the queue page that the URL keeps. Search text is not among them: it may be a name. */
export interface QueueFilters {
  declarationKind?: DeclarationKind;
  gate?: string;
  direction?: 'entry' | 'exit';
  plannedFrom?: string;
  plannedTo?: string;
  nationality?: string;
  status?: QueueStatus;
}

/** One page of the officers' queue list. `page` starts at 1, as in the API. */
export interface DeclarationQuery extends QueueFilters {
  queue: ReviewQueue;
  page: number;
  pageSize: number;
  sort?: QueueSortKey;
  order?: SortOrder;
}

/** The URL query parameters that the queue page reads, as the router passes them. */
export type QueueUrlParameters = Partial<Record<keyof DeclarationQuery, string | undefined>>;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Z0-9]{1,10}$/;

function oneOf<T extends string>(names: Record<T, true>, value: string | undefined): T | undefined {
  return value !== undefined && Object.hasOwn(names, value) ? (value as T) : undefined;
}

/** Reads a positive whole number from a URL query parameter, or returns the fallback. */
export function parsePositiveInteger(value: string | null | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? parsed : fallback;
}

/** Reads a page size from a URL query parameter, accepting only the sizes the paginator offers. */
export function parsePageSize(value: string | null | undefined): number {
  const parsed = Number(value);
  return PAGE_SIZE_OPTIONS.find((size) => size === parsed) ?? DEFAULT_PAGE_SIZE;
}

/**
 * Reads the queue page's state from the URL, leaving out what is malformed, so an edited or
 * stale link still opens a page. Without a queue, a status filter lists `all`, else `new`.
 */
export function parseDeclarationQuery(parameters: QueueUrlParameters): DeclarationQuery {
  const status = oneOf(STATUS_NAMES, parameters.status);
  const gate = parameters.gate?.toUpperCase();
  const nationality = parameters.nationality?.toUpperCase();
  const direction =
    parameters.direction === 'entry' || parameters.direction === 'exit' ? parameters.direction : undefined;

  return {
    queue: oneOf(QUEUE_NAMES, parameters.queue) ?? (status ? 'all' : 'new'),
    page: parsePositiveInteger(parameters.page, 1),
    pageSize: parsePageSize(parameters.pageSize),
    sort: oneOf(SORT_KEYS, parameters.sort),
    order: parameters.order === 'asc' || parameters.order === 'desc' ? parameters.order : undefined,
    declarationKind: oneOf(KIND_NAMES, parameters.declarationKind),
    gate: gate && CODE.test(gate) ? gate : undefined,
    direction,
    plannedFrom:
      parameters.plannedFrom && DATE_ONLY.test(parameters.plannedFrom) ? parameters.plannedFrom : undefined,
    plannedTo:
      parameters.plannedTo && DATE_ONLY.test(parameters.plannedTo) ? parameters.plannedTo : undefined,
    nationality: nationality && /^[A-Z]{3}$/.test(nationality) ? nationality : undefined,
    status,
  };
}

/** Writes a query as URL or API parameters, leaving out what is not set. */
export function queryParameters(query: Partial<DeclarationQuery>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(query).filter(
      (entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '',
    ),
  );
}
