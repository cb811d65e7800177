import { MAX_QUEUE_MATCHES, WORK_QUEUES, type QueueSummary, type WorkQueue } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize } from 'sequelize';

import { BindParameters } from './bind-parameters';
import { QUEUE_DEFINITIONS, type HoldFilter } from './review-queues';

/** The column with the time a record entered each queue, for the age of the oldest one. */
const ENTERED_AT: Readonly<Record<WorkQueue, 'submitted_at' | 'decided_at' | 'change_request'>> = {
  new: 'submitted_at',
  mine: 'submitted_at',
  others: 'submitted_at',
  waiting: 'change_request',
  approved: 'decided_at',
  rejected: 'decided_at',
};

interface SummaryRow {
  queue: WorkQueue;
  count: number;
  oldestAt: Date | null;
  checkedAt: Date;
}

function holdCondition(hold: HoldFilter, officer: string): string {
  switch (hold) {
    case 'unheld':
      return 'AND d.assigned_officer_id IS NULL';
    case 'mine':
      return `AND d.assigned_officer_id = ${officer}`;
    case 'others':
      return `AND d.assigned_officer_id <> ${officer}`;
    case 'any':
      return '';
  }
}

/**
 * Builds the oldest entry time of a queue. `min` per status and gate reads one end of an index
 * range, where `min` over all of them at once would read every row of the queue.
 */
function oldestExpression(queue: WorkQueue, gates: string[], hold: string, params: BindParameters): string {
  const { statuses } = QUEUE_DEFINITIONS[queue];
  const column = ENTERED_AT[queue];

  if (column === 'change_request') {
    return `(SELECT min(cr.created_at) FROM change_requests cr JOIN declarations d ON d.id = cr.declaration_id
              WHERE cr.resubmitted_at IS NULL AND d.status = ANY(${params.add(statuses)}::varchar[])
                AND d.gate_code = ANY(${params.add(gates)}::varchar[]) ${hold})`;
  }

  const parts = statuses.flatMap((status) =>
    gates.map(
      (gateCode) =>
        `(SELECT min(d.${column}) FROM declarations d
           WHERE d.status = ${params.add(status)} AND d.gate_code = ${params.add(gateCode)} ${hold})`,
    ),
  );
  return parts.length === 1 ? parts[0] : `LEAST(${parts.join(', ')})`;
}

function queueRow(queue: WorkQueue, gates: string[], officerId: string, params: BindParameters): string {
  const { statuses, hold } = QUEUE_DEFINITIONS[queue];
  const namesOfficer = hold === 'mine' || hold === 'others';
  const holdSql = holdCondition(hold, namesOfficer ? params.add(officerId) : '');

  const count = `(SELECT count(*)::int FROM (
                    SELECT 1 FROM declarations d
                     WHERE d.status = ANY(${params.add(statuses)}::varchar[])
                       AND d.gate_code = ANY(${params.add(gates)}::varchar[]) ${holdSql}
                     LIMIT ${params.add(MAX_QUEUE_MATCHES + 1)}) c)`;
  return `SELECT ${params.add(queue)}::text AS queue, ${count} AS count,
                 ${oldestExpression(queue, gates, holdSql, params)} AS "oldestAt", now() AS "checkedAt"`;
}

function toSummary(row: SummaryRow): QueueSummary {
  const oldestAt = row.oldestAt ? new Date(row.oldestAt) : null;
  return {
    queue: row.queue,
    count: Math.min(row.count, MAX_QUEUE_MATCHES),
    countCapped: row.count > MAX_QUEUE_MATCHES,
    oldestAt: oldestAt?.toISOString() ?? null,
    oldestAgeSeconds: oldestAt
      ? Math.max(0, Math.floor((new Date(row.checkedAt).getTime() - oldestAt.getTime()) / 1000))
      : null,
  };
}

/** Counts each work queue of the officer's gates, up to `MAX_QUEUE_MATCHES`, and dates its oldest record. */
export async function summarizeQueues(
  sequelize: Sequelize,
  officerId: string,
  gateCodes: string[],
): Promise<QueueSummary[]> {
  if (gateCodes.length === 0) {
    return WORK_QUEUES.map((queue) => ({
      queue,
      count: 0,
      countCapped: false,
      oldestAt: null,
      oldestAgeSeconds: null,
    }));
  }

  const params = new BindParameters();
  const sql = WORK_QUEUES.map((queue) => queueRow(queue, gateCodes, officerId, params)).join(' UNION ALL ');
  const rows = await sequelize.query<SummaryRow>(sql, { bind: params.values, type: QueryTypes.SELECT });

  const byQueue = new Map(rows.map((row) => [row.queue, row]));
  return WORK_QUEUES.map((queue) => toSummary(byQueue.get(queue)!));
}
