import type {
  QueuePage,
  QueueSortKey,
  QueueSummaryList,
  ReviewQueueQuery,
  SortOrder,
} from '@smartgate/shared-models';
import type { Sequelize } from 'sequelize';

import type { OfficerPrincipal } from '../../lib/principal';
import { recordOfficerAudit } from './audit-log.repository';
import { loadQueueItems } from './queue-items.repository';
import { summarizeQueues } from './queue-summary.repository';
import { findQueuePage, type QueueSelection } from './review-queue.repository';
import { QUEUE_DEFINITIONS, resolveQueue, type QueueDefinition } from './review-queues';
import type { OfficerRequest } from './review.service';

/**
 * Picks the order of a page: as requested (ascending by default), else by planned crossing date
 * for a planned-date range, where officers plan by day, else the queue's own order.
 */
function sortOf(
  query: ReviewQueueQuery,
  definition: QueueDefinition,
): { sort: QueueSortKey; order: SortOrder } {
  if (query.sort) {
    return { sort: query.sort, order: query.order ?? 'asc' };
  }
  if (query.plannedFrom || query.plannedTo) {
    return { sort: 'plannedCrossingDate', order: query.order ?? 'asc' };
  }
  return { sort: definition.sort, order: query.order ?? definition.order };
}

/** The officers' work queues and search, limited to the gates each officer belongs to. */
export class ReviewQueueService {
  constructor(private readonly sequelize: Sequelize) {}

  /**
   * Lists one page of a queue with its filters and optional search. The page shows travellers'
   * names, so each request is audited with its filter (without the search text, which may be
   * a name) and the ids of the declarations shown.
   */
  async list({ officer, ip }: OfficerRequest, query: ReviewQueueQuery): Promise<QueuePage> {
    const page = await this.findPage(officer, query);

    await recordOfficerAudit({
      officerId: officer.id,
      action: 'declaration.list.viewed',
      ip,
      details: {
        filter: {
          ...query,
          search: undefined,
          queue: resolveQueue(query),
          searched: query.search !== undefined,
        },
        count: page.items.length,
        total: page.total,
        declarationIds: page.items.map((item) => item.id),
      },
    });
    return page;
  }

  /** Finds one page of a queue without auditing it; `list` audits what it returns. */
  async findPage(officer: OfficerPrincipal, query: ReviewQueueQuery): Promise<QueuePage> {
    const found = await findQueuePage(this.sequelize, this.selection(officer, query));
    const items = await loadQueueItems(this.sequelize, found.ids);

    return {
      items,
      page: query.page,
      pageSize: query.pageSize,
      total: found.total,
      totalCapped: found.totalCapped,
    };
  }

  /** Counts each work queue of the officer's gates and dates its oldest record. */
  async summary({ officer }: OfficerRequest): Promise<QueueSummaryList> {
    return { queues: await summarizeQueues(this.sequelize, officer.id, officer.gateCodes) };
  }

  /** Narrows the queue's statuses and the officer's gates by the status and gate filters. */
  private selection(officer: OfficerPrincipal, query: ReviewQueueQuery): QueueSelection {
    const definition = QUEUE_DEFINITIONS[resolveQueue(query)];

    return {
      officerId: officer.id,
      statuses: definition.statuses.filter((status) => !query.status || status === query.status),
      gateCodes: officer.gateCodes.filter((gateCode) => !query.gate || gateCode === query.gate),
      hold: definition.hold,
      // The filter calls travellers' declarations `crossing`; the column calls them `travel`.
      kind: query.declarationKind === 'crossing' ? 'travel' : query.declarationKind,
      direction: query.direction,
      plannedFrom: query.plannedFrom,
      plannedTo: query.plannedTo,
      nationality: query.nationality,
      search: query.search,
      ...sortOf(query, definition),
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
