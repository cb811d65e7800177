import { z } from 'zod';

import { CountryCode } from './country-code';
import { DateOnly } from './date-only';
import { DeclarationStatus, Direction } from './declaration-status';
import { DeclarationSummary, PageQuery } from './declaration-view';
import { ExpectedVersion } from './officer-decision';
import { normalizeText } from './text';

/**
 * The officers' work queues: `new` (submitted, assigned to no officer), `mine` and `others`
 * (submitted and assigned to this officer or to another one), `waiting` (sent back, waiting for the applicant),
 * `approved` (approved or issued) and `rejected`.
 */
export const WORK_QUEUES = ['new', 'mine', 'others', 'waiting', 'approved', 'rejected'] as const;
export type WorkQueue = (typeof WORK_QUEUES)[number];

/** A work queue, or `all`: every declaration sent to the officer's gates, as search results need. */
export const ReviewQueue = z.enum([...WORK_QUEUES, 'all'], { error: 'invalidOption' });
export type ReviewQueue = z.infer<typeof ReviewQueue>;

/** Keys a queue page can be sorted by. Names sort in Vietnamese order (Ă after A, Đ after D). */
export const QUEUE_SORT_KEYS = [
  'plannedCrossingDate',
  'submittedAt',
  'decidedAt',
  'leadTravellerName',
] as const;
export const QueueSortKey = z.enum(QUEUE_SORT_KEYS, { error: 'invalidOption' });
export type QueueSortKey = z.infer<typeof QueueSortKey>;

export const SortOrder = z.enum(['asc', 'desc'], { error: 'invalidOption' });
export type SortOrder = z.infer<typeof SortOrder>;

/** Search text shorter than this is rejected: one letter would match most names. */
export const SEARCH_MIN_LENGTH = 2;
/** Longer search text is rejected: no name, document number or code is this long. */
export const SEARCH_MAX_LENGTH = 100;
/** Matches beyond this rank are neither counted nor paged, as in most search engines. */
export const MAX_QUEUE_MATCHES = 10_000;
/**
 * Search matches are counted up to this number only. Counting a search reads every matching
 * declaration, where counting a queue reads only an index, so a search count stops sooner.
 */
export const MAX_SEARCH_MATCHES = 1_000;

/** The search box: trimmed and NFC-normalized; empty means no search. */
export const SearchText = z
  .string({ error: 'invalidType' })
  .transform(normalizeText)
  .pipe(
    z
      .string()
      .max(SEARCH_MAX_LENGTH, { error: 'searchTooLong' })
      .refine((text) => text.length === 0 || text.length >= SEARCH_MIN_LENGTH, { error: 'searchTooShort' }),
  )
  .transform((text) => (text === '' ? undefined : text));

/** Statuses an officer can filter by: every status but draft. */
export const QueueStatusFilter = DeclarationStatus.exclude(['draft'], { error: 'invalidOption' });
export type QueueStatusFilter = z.infer<typeof QueueStatusFilter>;

/** Kinds of declaration: `crossing` for travellers (stored as kind `travel`), `cargo` for consignments. */
export const DeclarationKind = z.enum(['crossing', 'cargo'], { error: 'unknownDeclarationKind' });
export type DeclarationKind = z.infer<typeof DeclarationKind>;

const GateCodeFilter = z
  .string({ error: 'invalidType' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{1,10}$/, { error: 'unknownGate' });

/** Makes a filter parameter optional. An empty string, as an empty form field sends it, means no filter. */
function optionalFilter<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

/**
 * Query of `GET /api/officer/declarations`. Without `queue`, the list is `new`, or `all` when a
 * `status` or a `search` is given. Without `sort`, a planned-date range sorts by planned date and
 * otherwise each queue has its own order; `order` is ascending for a requested sort.
 */
export const ReviewQueueQuery = PageQuery.extend({
  queue: optionalFilter(ReviewQueue),
  search: optionalFilter(SearchText),
  declarationKind: optionalFilter(DeclarationKind),
  direction: optionalFilter(Direction),
  gate: optionalFilter(GateCodeFilter),
  plannedFrom: optionalFilter(DateOnly),
  plannedTo: optionalFilter(DateOnly),
  nationality: optionalFilter(CountryCode),
  status: optionalFilter(QueueStatusFilter),
  sort: optionalFilter(QueueSortKey),
  order: optionalFilter(SortOrder),
}).superRefine((query, context) => {
  if (query.plannedFrom && query.plannedTo && query.plannedTo < query.plannedFrom) {
    context.addIssue({ code: 'custom', path: ['plannedTo'], message: 'dateBeforeStart' });
  }
  if (query.page * query.pageSize > MAX_QUEUE_MATCHES) {
    context.addIssue({ code: 'custom', path: ['page'], message: 'pageBeyondLimit' });
  }
});
export type ReviewQueueQuery = z.infer<typeof ReviewQueueQuery>;

/** The officer holding a declaration, who alone may decide it until they release it. */
export const DeclarationAssignment = z.object({
  officerId: z.string(),
  officerName: z.string(),
  assignedAt: z.string(),
});
export type DeclarationAssignment = z.infer<typeof DeclarationAssignment>;

/** One row of a queue page. */
export const QueueItem = DeclarationSummary.extend({
  decidedAt: z.string().nullable(),
  assignment: DeclarationAssignment.nullable(),
  /** True for a declaration that an officer filed at the gate's counter for the travellers. */
  filedAtCounter: z.boolean().optional(),
});
export type QueueItem = z.infer<typeof QueueItem>;

/**
 * A queue page. `total` stops at `MAX_QUEUE_MATCHES`, or at `MAX_SEARCH_MATCHES` for a search, and
 * `totalCapped` is true when more match.
 */
export const QueuePage = z.object({
  items: z.array(QueueItem),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  totalCapped: z.boolean(),
});
export type QueuePage = z.infer<typeof QueuePage>;

/**
 * One work queue's size and the time its oldest record entered it: submission for the open
 * queues, the change request for `waiting`, the decision for `approved` and `rejected`.
 */
export const QueueSummary = z.object({
  queue: z.enum(WORK_QUEUES),
  count: z.number().int(),
  countCapped: z.boolean(),
  oldestAt: z.string().nullable(),
  oldestAgeSeconds: z.number().int().nullable(),
});
export type QueueSummary = z.infer<typeof QueueSummary>;

/** Response of `GET /api/officer/queue-summary`. */
export const QueueSummaryList = z.object({ queues: z.array(QueueSummary) });
export type QueueSummaryList = z.infer<typeof QueueSummaryList>;

/**
 * An officer's request to hold a declaration. `takeOver` lets a supervisor take it from the
 * officer holding it; for other roles it is rejected with 403.
 */
export const AssignmentRequest = z.object({
  version: ExpectedVersion,
  takeOver: z.boolean({ error: 'invalidType' }).default(false),
});
export type AssignmentRequest = z.infer<typeof AssignmentRequest>;

/** An officer's release of a declaration they hold, so others can take it. */
export const ReleaseRequest = z.object({ version: ExpectedVersion });
export type ReleaseRequest = z.infer<typeof ReleaseRequest>;

/** A declaration's assignment, as the assignment endpoints return it. Assigning leaves `version` unchanged. */
export const AssignmentView = z.object({
  declarationId: z.string(),
  status: DeclarationStatus,
  version: z.number().int(),
  assignment: DeclarationAssignment.nullable(),
});
export type AssignmentView = z.infer<typeof AssignmentView>;
