import { DestroyRef, Injectable, InjectionToken, inject, signal } from '@angular/core';
import type { PlateReadEvent } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { GateApi } from './gate-api';

/** Opens an EventSource; tests provide a fake, since Karma has no event stream to connect to. */
export const EVENT_SOURCE_FACTORY = new InjectionToken<(url: string) => EventSource>('EVENT_SOURCE_FACTORY', {
  providedIn: 'root',
  factory: () => (url: string) => new EventSource(url),
});

/** Maximum number of reads that the lane screen keeps in its list. */
const MAX_READS = 30;

/**
 * The plate reads of the lane screen's gate: those of the last hours when the screen opens, then
 * each new one as the API sends it. The browser reconnects the stream by itself after a drop.
 */
@Injectable()
export class PlateReadFeed {
  private readonly api = inject(GateApi);
  private readonly openEventSource = inject(EVENT_SOURCE_FACTORY);
  private readonly readList = signal<PlateReadEvent[]>([]);
  private readonly opened = signal<ReadonlySet<number>>(new Set());
  private source: EventSource | null = null;

  readonly reads = this.readList.asReadonly();
  readonly openedReads = this.opened.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Starts listening to a gate, replacing any previous gate. */
  async listen(gateCode: string): Promise<void> {
    this.stop();
    this.source = this.openEventSource(this.api.eventsUrl(gateCode));
    this.source.addEventListener('plate-read', (message) =>
      this.add(JSON.parse((message as MessageEvent<string>).data) as PlateReadEvent),
    );

    const recent = await firstValueFrom(this.api.recentPlateReads(gateCode));
    this.readList.update((live) => mergeReads(live, recent));
  }

  /** Returns the newest read with a match that the officer has not opened yet. */
  nextUnopenedMatch(): PlateReadEvent | null {
    return this.readList().find((read) => read.matches.length > 0 && !this.opened().has(read.id)) ?? null;
  }

  markOpened(readId: number): void {
    this.opened.update((opened) => new Set(opened).add(readId));
  }

  stop(): void {
    this.source?.close();
    this.source = null;
  }

  private add(read: PlateReadEvent): void {
    this.readList.update((reads) => mergeReads([read], reads));
  }
}

/** Merges two lists of reads, newest first, without duplicates and at most `MAX_READS` long. */
function mergeReads(newer: PlateReadEvent[], older: PlateReadEvent[]): PlateReadEvent[] {
  const byId = new Map<number, PlateReadEvent>();
  for (const read of [...newer, ...older]) {
    if (!byId.has(read.id)) {
      byId.set(read.id, read);
    }
  }
  return [...byId.values()].sort((left, right) => right.id - left.id).slice(0, MAX_READS);
}
