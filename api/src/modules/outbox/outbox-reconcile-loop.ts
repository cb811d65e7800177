import type { Logger } from '../../lib/logger';

/** Repairs of the delivered outbox rows of one job name, such as re-delivering jobs that Redis lost. */
export interface OutboxReconciler {
  /** The job name whose rows it checks, as written in the log. */
  readonly jobName: string;
  /** Checks every row once and returns the repairs, counted by kind. */
  reconcileOnce(): Promise<Record<string, number>>;
}

/** Settings of the reconcile loop. The defaults suit the worker process. */
export interface OutboxReconcileLoopOptions {
  logger: Logger;
  reconcilers: OutboxReconciler[];
  intervalMs?: number;
  /** Returns false while the queues' Redis connection is down, so that passes are skipped quietly. */
  isRedisReady?: () => boolean;
}

/**
 * Runs every reconciler at start, then every interval and after each `requestPass` call, one
 * pass at a time. A reconciler that fails (Redis or PostgreSQL unreachable) is logged, and the
 * others still run.
 */
export class OutboxReconcileLoop {
  private readonly log: Logger;
  private readonly intervalMs: number;
  private timer: NodeJS.Timeout | undefined;
  private currentPass: Promise<void> | undefined;
  private passRequested = false;
  private running = false;

  constructor(private readonly options: OutboxReconcileLoopOptions) {
    this.log = options.logger.child({ module: 'outbox-reconciler' });
    this.intervalMs = options.intervalMs ?? 60_000;
  }

  /** Runs a pass now and then every interval. */
  start(): void {
    this.running = true;
    this.requestPass();
  }

  /** Runs a pass as soon as the current one ends, such as after Redis came back and may have lost its data. */
  requestPass(): void {
    if (!this.running) {
      return;
    }
    if (this.currentPass) {
      this.passRequested = true;
      return;
    }
    clearTimeout(this.timer);
    this.launchPass();
  }

  /** Stops scheduling passes and waits for the one in progress. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    while (this.currentPass) {
      await this.currentPass;
    }
  }

  private async runPass(): Promise<void> {
    if (this.options.isRedisReady && !this.options.isRedisReady()) {
      // The relay reports the outage; the pass that follows the reconnection checks everything.
      return;
    }

    for (const reconciler of this.options.reconcilers) {
      await this.runReconciler(reconciler);
    }
  }

  private async runReconciler(reconciler: OutboxReconciler): Promise<void> {
    const { jobName } = reconciler;
    try {
      const counts = await reconciler.reconcileOnce();
      if (Object.values(counts).some((count) => count > 0)) {
        this.log.info(
          { event: 'outbox.reconcile.completed', jobName, ...counts },
          'Outbox reconcile pass repaired jobs',
        );
      }
    } catch (error) {
      // Redis or PostgreSQL is unreachable; the next pass tries again.
      this.log.warn(
        { event: 'outbox.reconcile.pass_failed', jobName, err: error },
        'Outbox reconcile pass failed',
      );
    }
  }

  /** Starts a pass; when it ends, the next one is scheduled. `finally` runs after the assignment, never before. */
  private launchPass(): void {
    this.currentPass = this.runPass().finally(() => {
      this.currentPass = undefined;
      this.scheduleNext();
    });
  }

  private scheduleNext(): void {
    if (!this.running) {
      return;
    }
    if (this.passRequested) {
      this.passRequested = false;
      this.launchPass();
      return;
    }
    this.timer = setTimeout(() => this.requestPass(), this.intervalMs);
  }
}
