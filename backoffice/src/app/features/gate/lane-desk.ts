import { Injectable, computed, inject, signal } from '@angular/core';
import type { CrossingMethod, GateLookupView, ScanSource } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { isProblemOfType } from '../../core/errors/problem';
import { GateApi } from './gate-api';
import type { LaneChoice } from './lane-choice';

/** The outcome of a recording: done, or refused by the API because another lane was first. */
export type RecordingOutcome = 'recorded' | 'conflict' | 'nothing';

/**
 * The state of one lane screen: the last lookup, the travellers ticked, and the calls that look up
 * and record. Errors other than a conflict are thrown to the caller, which shows them.
 */
@Injectable()
export class LaneDesk {
  private readonly api = inject(GateApi);

  private readonly currentView = signal<GateLookupView | null>(null);
  private readonly ticked = signal<ReadonlySet<number>>(new Set());
  private readonly working = signal(false);
  private readonly conflicted = signal(false);
  /** The moment of the scan, which the crossing carries so the API can store the time from scan to record. */
  private scannedAt: Date | null = null;
  /** The last lookup, repeated after a conflict to show what the other lane recorded. */
  private lastLookup: (() => ReturnType<GateApi['lookUp']>) | null = null;

  readonly view = this.currentView.asReadonly();
  readonly tickedPositions = this.ticked.asReadonly();
  readonly busy = this.working.asReadonly();
  readonly conflict = this.conflicted.asReadonly();

  /** Travellers still to cross or be refused; recording is possible only for a valid result. */
  readonly openPositions = computed(() =>
    (this.currentView()?.record?.travellers ?? [])
      .filter((traveller) => traveller.crossing === null)
      .map((traveller) => traveller.position),
  );
  readonly canRecord = computed(
    () => this.currentView()?.verdict === 'valid' && this.openPositions().length > 0 && !this.working(),
  );

  async lookUpScan(lane: LaneChoice, scanInput: string, source: Exclude<ScanSource, 'plate'>): Promise<void> {
    await this.run(new Date(), () => this.api.lookUp({ ...lane, source, scanInput }));
  }

  async lookUpPlateMatch(lane: LaneChoice, plateReadId: number, declarationId: string): Promise<void> {
    await this.run(new Date(), () =>
      this.api.lookUp({ ...lane, source: 'plate', plateReadId, declarationId }),
    );
  }

  toggle(position: number): void {
    const next = new Set(this.ticked());
    if (!next.delete(position)) {
      next.add(position);
    }
    this.ticked.set(next);
  }

  /** Records the ticked travellers, or every open one when none is ticked. */
  async recordCrossing(lane: LaneChoice): Promise<RecordingOutcome> {
    const view = this.currentView();
    if (!view?.record || !this.canRecord()) {
      return 'nothing';
    }

    const ticked = [...this.ticked()].filter((position) => this.openPositions().includes(position));
    return this.write(view.method, () =>
      this.api.recordCrossing({
        ...lane,
        declarationId: view.record!.declarationId,
        travellerPositions: ticked.length > 0 ? ticked.sort((left, right) => left - right) : undefined,
        method: view.method,
        scannedAt: (this.scannedAt ?? new Date()).toISOString(),
      }),
    );
  }

  async refuseTraveller(
    lane: LaneChoice,
    travellerPosition: number,
    reason: string,
  ): Promise<RecordingOutcome> {
    const view = this.currentView();
    if (!view?.record) {
      return 'nothing';
    }
    return this.write(view.method, () =>
      this.api.refuseTraveller({
        ...lane,
        declarationId: view.record!.declarationId,
        travellerPosition,
        reason,
        method: view.method,
      }),
    );
  }

  clear(): void {
    this.currentView.set(null);
    this.ticked.set(new Set());
    this.conflicted.set(false);
    this.scannedAt = null;
    this.lastLookup = null;
  }

  private async run(scannedAt: Date, call: () => ReturnType<GateApi['lookUp']>): Promise<void> {
    this.working.set(true);
    try {
      const view = await firstValueFrom(call());
      this.clear();
      this.scannedAt = scannedAt;
      this.lastLookup = call;
      this.currentView.set(view);
    } finally {
      this.working.set(false);
    }
  }

  /** Sends a recording; on 409 from another lane it reloads the declaration so the screen shows who was first. */
  private async write(
    method: CrossingMethod,
    call: () => ReturnType<GateApi['recordCrossing']>,
  ): Promise<RecordingOutcome> {
    this.working.set(true);
    try {
      const view = await firstValueFrom(call());
      this.currentView.set({ ...view, method });
      this.ticked.set(new Set());
      return 'recorded';
    } catch (error) {
      if (!isProblemOfType(error, 'version-conflict') || !this.lastLookup) {
        throw error;
      }
      this.currentView.set(await firstValueFrom(this.lastLookup()));
      this.ticked.set(new Set());
      this.conflicted.set(true);
      return 'conflict';
    } finally {
      this.working.set(false);
    }
  }
}
