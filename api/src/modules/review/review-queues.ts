import type {
  DeclarationStatus,
  QueueSortKey,
  ReviewQueue,
  ReviewQueueQuery,
  SortOrder,
} from '@smartgate/shared-models';

/** Whose hold a queue shows: nobody's, the requesting officer's, another officer's, or any. */
export type HoldFilter = 'any' | 'unheld' | 'mine' | 'others';

/** The declarations one queue shows and the order it lists them in by default. */
export interface QueueDefinition {
  statuses: readonly DeclarationStatus[];
  hold: HoldFilter;
  sort: QueueSortKey;
  order: SortOrder;
}

/**
 * Open queues list the crossing that comes first at the top; decided ones list the latest
 * decision first. Withdrawn declarations appear only under `all`.
 */
export const QUEUE_DEFINITIONS: Readonly<Record<ReviewQueue, QueueDefinition>> = {
  new: { statuses: ['submitted'], hold: 'unheld', sort: 'plannedCrossingDate', order: 'asc' },
  mine: { statuses: ['submitted'], hold: 'mine', sort: 'plannedCrossingDate', order: 'asc' },
  others: { statuses: ['submitted'], hold: 'others', sort: 'plannedCrossingDate', order: 'asc' },
  waiting: { statuses: ['changes_requested'], hold: 'any', sort: 'plannedCrossingDate', order: 'asc' },
  approved: { statuses: ['approved', 'issued'], hold: 'any', sort: 'decidedAt', order: 'desc' },
  rejected: { statuses: ['rejected'], hold: 'any', sort: 'decidedAt', order: 'desc' },
  all: {
    statuses: ['submitted', 'changes_requested', 'approved', 'issued', 'rejected', 'withdrawn'],
    hold: 'any',
    sort: 'submittedAt',
    order: 'desc',
  },
};

/** Picks the queue of a request: as asked, else `all` when a status or search is given, else `new`. */
export function resolveQueue(query: Pick<ReviewQueueQuery, 'queue' | 'status' | 'search'>): ReviewQueue {
  if (query.queue) {
    return query.queue;
  }
  return query.status || query.search ? 'all' : 'new';
}
