import { Gauge, type CollectFunction, type Registry } from 'prom-client';
import { QueryTypes, type Sequelize } from 'sequelize';

import type { Logger } from '../../lib/logger';
import type { MonitoredQueues } from './monitored-queues';

const RESULT_STATUSES = ['pending', 'issued', 'revoked', 'failed'] as const;

/** BullMQ job states shown per queue; `delayed` jobs wait out the backoff before a retry. */
const JOB_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed', 'completed', 'paused'] as const;

/** Time allowed for reading the queue counts at a scrape, so a hung Redis cannot hold the scrape. */
const QUEUE_COUNT_TIMEOUT_MS = 2_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Reading queue counts timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Builds a collect function that clears the gauge and refills it. When the source fails, the
 * gauge has no samples in that scrape, so a stale value never looks current.
 */
function collectFrom(log: Logger, read: (gauge: Gauge) => Promise<void>): CollectFunction<Gauge> {
  return async function (this: Gauge) {
    this.reset();
    try {
      await read(this);
    } catch (error) {
      log.debug({ event: 'metrics.collect_failed', err: error }, 'Could not read a metric source');
    }
  };
}

function registerResultMetrics(registry: Registry, sequelize: Sequelize, log: Logger): void {
  new Gauge({
    name: 'smartgate_results',
    help: 'Results by status.',
    labelNames: ['status'],
    registers: [registry],
    collect: collectFrom(log, async (gauge) => {
      const rows = await sequelize.query<{ status: string; count: number }>(
        `SELECT status, count(*)::int AS count FROM results GROUP BY status`,
        { type: QueryTypes.SELECT },
      );
      for (const status of RESULT_STATUSES) {
        gauge.set({ status }, rows.find((row) => row.status === status)?.count ?? 0);
      }
    }),
  });

  new Gauge({
    name: 'smartgate_result_render_failed_attempts',
    help: 'Render attempts that failed, summed over all results; each is followed by a retry unless it was the last.',
    registers: [registry],
    collect: collectFrom(log, async (gauge) => {
      const [row] = await sequelize.query<{ failed: string }>(
        `SELECT COALESCE(SUM(GREATEST(attempts - CASE WHEN issued_at IS NOT NULL THEN 1 ELSE 0 END, 0)), 0) AS failed
         FROM results`,
        { type: QueryTypes.SELECT },
      );
      gauge.set(Number(row.failed));
    }),
  });
}

function registerOutboxMetrics(registry: Registry, sequelize: Sequelize, log: Logger): void {
  const readBacklog = () =>
    sequelize
      .query<{ backlog: number; oldestAgeSeconds: string | null }>(
        `SELECT count(*)::int AS backlog,
                EXTRACT(EPOCH FROM now() - min(created_at)) AS "oldestAgeSeconds"
         FROM outbox WHERE enqueued_at IS NULL`,
        { type: QueryTypes.SELECT },
      )
      .then(([row]) => row);

  new Gauge({
    name: 'smartgate_outbox_backlog',
    help: 'Outbox rows that the relay has not handed to Redis yet.',
    registers: [registry],
    collect: collectFrom(log, async (gauge) => gauge.set((await readBacklog()).backlog)),
  });
  new Gauge({
    name: 'smartgate_outbox_oldest_backlog_age_seconds',
    help: 'Age of the oldest outbox row not yet handed to Redis, in seconds; 0 when there is none.',
    registers: [registry],
    collect: collectFrom(log, async (gauge) =>
      gauge.set(Number((await readBacklog()).oldestAgeSeconds ?? 0)),
    ),
  });
}

function registerQueueMetrics(registry: Registry, monitored: MonitoredQueues, log: Logger): void {
  new Gauge({
    name: 'smartgate_redis_up',
    help: '1 when the API reaches Redis, 0 when it does not.',
    registers: [registry],
    collect: collectFrom(log, async (gauge) => gauge.set(monitored.isRedisReady() ? 1 : 0)),
  });

  new Gauge({
    name: 'smartgate_queue_jobs',
    help: 'BullMQ jobs by queue and state; delayed jobs are waiting for a retry.',
    labelNames: ['queue', 'state'],
    registers: [registry],
    collect: collectFrom(log, async (gauge) => {
      if (!monitored.isRedisReady()) {
        return;
      }
      for (const queue of monitored.queues) {
        const counts = await withTimeout(queue.getJobCounts(...JOB_STATES), QUEUE_COUNT_TIMEOUT_MS);
        for (const state of JOB_STATES) {
          gauge.set({ queue: queue.name, state }, counts[state] ?? 0);
        }
      }
    }),
  });
}

/**
 * Registers the gauges of the result pipeline, read at each scrape: results by status, failed
 * render attempts, the outbox backlog and, when the API has a Redis connection, the job
 * counts of each queue.
 */
export function registerPipelineMetrics(
  registry: Registry,
  sources: { sequelize: Sequelize; logger: Logger; queues?: MonitoredQueues },
): void {
  const log = sources.logger.child({ module: 'metrics' });

  registerResultMetrics(registry, sources.sequelize, log);
  registerOutboxMetrics(registry, sources.sequelize, log);
  if (sources.queues) {
    registerQueueMetrics(registry, sources.queues, log);
  }
}
