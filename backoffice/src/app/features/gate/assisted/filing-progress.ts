import { DestroyRef, Injectable, InjectionToken, computed, inject, signal } from '@angular/core';
import type { AssistedFilingStatus } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { AssistedFilingApi } from './assisted-filing-api';

/** Interval and time limit of the counter screen's status requests for a filing. */
export interface FilingPollTiming {
  /** While the result PDF is generated, which takes a second or two. */
  generatingIntervalMs: number;
  generatingTimeoutMs: number;
  /** While a gate officer's filing waits for a reviewer. */
  approvalIntervalMs: number;
  approvalTimeoutMs: number;
}

export const FILING_POLL_TIMING = new InjectionToken<FilingPollTiming>('FILING_POLL_TIMING', {
  factory: () => ({
    generatingIntervalMs: 1_000,
    generatingTimeoutMs: 60_000,
    approvalIntervalMs: 5_000,
    approvalTimeoutMs: 15 * 60_000,
  }),
});

/**
 * Phase of a filing on the counter screen: waiting for a reviewer, its PDF being generated, ready
 * to print, failed to generate, closed (rejected, sent back or withdrawn), or still not ready when
 * the screen stopped polling.
 */
export type FilingPhase = 'waitingForReviewer' | 'generating' | 'ready' | 'failed' | 'closed' | 'timedOut';

function phaseOf(status: AssistedFilingStatus): Exclude<FilingPhase, 'timedOut'> {
  switch (status.result?.status) {
    case 'issued':
      return 'ready';
    case 'failed':
      return 'failed';
    case 'pending':
      return 'generating';
  }
  return status.status === 'submitted' ? 'waitingForReviewer' : 'closed';
}

/**
 * Follows one filing until its result PDF can be printed: it polls the filing's status, faster
 * while the PDF is generated, and stops at a final phase or when its time is up.
 */
@Injectable()
export class FilingProgress {
  private readonly api = inject(AssistedFilingApi);
  private readonly timing = inject(FILING_POLL_TIMING);

  private readonly current = signal<AssistedFilingStatus | null>(null);
  private readonly gaveUp = signal(false);
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Counts starts and stops, so a request that returns after one of them schedules nothing. */
  private generation = 0;
  private deadline = 0;
  private deadlinePhase: FilingPhase | null = null;

  readonly status = this.current.asReadonly();
  readonly phase = computed<FilingPhase | null>(() => {
    const status = this.current();
    if (!status) {
      return null;
    }
    const phase = phaseOf(status);
    return this.gaveUp() && (phase === 'generating' || phase === 'waitingForReviewer') ? 'timedOut' : phase;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Starts following a filing from the status that the filing's response gave. */
  follow(status: AssistedFilingStatus): void {
    this.stop();
    this.current.set(status);
    this.restartClock();
    this.schedule(this.generation);
  }

  /** Asks again at once after a timeout or a retried generation, with a new time limit. */
  checkAgain(): void {
    if (!this.current()) {
      return;
    }
    this.stop();
    this.restartClock();
    void this.poll(this.generation);
  }

  stop(): void {
    this.generation++;
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }

  private restartClock(): void {
    this.gaveUp.set(false);
    this.deadlinePhase = null;
  }

  private schedule(generation: number): void {
    const status = this.current();
    const phase = status ? phaseOf(status) : null;
    if (generation !== this.generation || (phase !== 'generating' && phase !== 'waitingForReviewer')) {
      return;
    }

    const waiting = phase === 'waitingForReviewer';
    if (this.deadlinePhase !== phase) {
      this.deadlinePhase = phase;
      this.deadline =
        Date.now() + (waiting ? this.timing.approvalTimeoutMs : this.timing.generatingTimeoutMs);
    }
    if (Date.now() >= this.deadline) {
      this.gaveUp.set(true);
      return;
    }
    const interval = waiting ? this.timing.approvalIntervalMs : this.timing.generatingIntervalMs;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.poll(generation);
    }, interval);
  }

  /** Requests the status once. A failed request is repeated at the next tick, until the time limit. */
  private async poll(generation: number): Promise<void> {
    const declarationId = this.current()?.declarationId;
    if (!declarationId) {
      return;
    }
    try {
      const status = await firstValueFrom(this.api.status(declarationId));
      if (generation === this.generation) {
        this.current.set(status);
      }
    } catch {
      // The next tick requests it again. At the time limit the screen offers to check again.
    }
    this.schedule(generation);
  }
}
