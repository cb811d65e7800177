import { Injectable, computed, inject, signal } from '@angular/core';
import { SUPERVISOR_ROLES, type QueueItem, type ScreeningSummary } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { ScreeningApi } from '../../../core/api/screening-api';
import { AuthState } from '../../../core/auth/auth-state';

/** A row that can be approved in bulk: its id and the version the supervisor saw. */
export interface SelectableRow {
  id: string;
  version: number;
  referenceCode: string | null;
  leadTravellerName: string | null;
}

/**
 * The queue page's selection for a supervisor's bulk approval. Only rows of the `new` queue
 * whose screening is clean can be selected; the API checks the screening again when it approves.
 */
@Injectable()
export class BulkApprovalSelection {
  private readonly api = inject(ScreeningApi);
  private readonly auth = inject(AuthState);

  private readonly queue = signal<string | null>(null);
  private readonly rows = signal<readonly QueueItem[]>([]);
  private readonly screenings = signal<ReadonlyMap<string, ScreeningSummary>>(new Map());
  private readonly selectedIds = signal<ReadonlySet<string>>(new Set());

  /** True for supervisors and administrators on the `new` queue, where the checkboxes show. */
  readonly enabled = computed(() => {
    const role = this.auth.officer()?.role;
    return role !== undefined && SUPERVISOR_ROLES.includes(role) && this.queue() === 'new';
  });
  readonly selected = computed(() => this.rows().filter((row) => this.selectedIds().has(row.id)));
  readonly selectable = computed(() => this.rows().filter((row) => this.isClean(row.id)));

  /** Takes a new page: clears the selection and screens the rows when the checkboxes show. */
  async showPage(queue: string, rows: readonly QueueItem[]): Promise<void> {
    this.queue.set(queue);
    this.rows.set(rows);
    this.selectedIds.set(new Set());
    this.screenings.set(new Map());
    if (!this.enabled() || rows.length === 0) {
      return;
    }

    const ids = rows.map((row) => row.id);
    try {
      const { items } = await firstValueFrom(this.api.summaries(ids));
      if (this.rows() === rows) {
        this.screenings.set(new Map(items.map((item) => [item.declarationId, item])));
      }
    } catch {
      // Without summaries no row is selectable, which is the safe side; the page itself still shows.
      this.screenings.set(new Map());
    }
  }

  /** Returns the row's screening summary, or undefined while it loads. */
  screeningOf(id: string): ScreeningSummary | undefined {
    return this.screenings().get(id);
  }

  isClean(id: string): boolean {
    return this.screenings().get(id)?.clean === true;
  }

  isSelected(id: string): boolean {
    return this.selectedIds().has(id);
  }

  toggle(id: string): void {
    if (!this.isClean(id)) {
      return;
    }
    const next = new Set(this.selectedIds());
    if (!next.delete(id)) {
      next.add(id);
    }
    this.selectedIds.set(next);
  }

  /** Selects every clean row, or clears the selection when all of them are selected already. */
  toggleAll(): void {
    const clean = this.selectable().map((row) => row.id);
    const allSelected = clean.length > 0 && clean.every((id) => this.selectedIds().has(id));
    this.selectedIds.set(allSelected ? new Set() : new Set(clean));
  }

  allSelected(): boolean {
    const clean = this.selectable();
    return clean.length > 0 && clean.every((row) => this.selectedIds().has(row.id));
  }
}
