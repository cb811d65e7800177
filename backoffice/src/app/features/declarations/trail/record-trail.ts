import {
  ChangeDetectionStrategy,
  Component,
  ErrorHandler,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { type PageEvent, MatPaginatorModule } from '@angular/material/paginator';
import { TranslatePipe } from '@ngx-translate/core';
import { SUPERVISOR_ROLES, type AuditTrailPage } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { AuditTrailApi } from '../../../core/api/audit-trail-api';
import { AuthState } from '../../../core/auth/auth-state';
import { AuditEntriesTable } from '../../../shared/audit/audit-entries-table';

const PAGE_SIZE = 10;

/**
 * The audit trail of one declaration for supervisors and administrators: who opened or changed
 * it, when and from where, newest first. Other officers see nothing. Each page read is audited.
 */
@Component({
  selector: 'sg-record-trail',
  imports: [AuditEntriesTable, MatPaginatorModule, TranslatePipe],
  template: `
    @if (canSee()) {
      <section class="panel" aria-labelledby="trail-heading">
        <h2 id="trail-heading">{{ 'audit.trail.title' | translate }}</h2>
        @if (loadFailed()) {
          <p class="sg-alert" role="alert">{{ 'audit.trail.loadFailed' | translate }}</p>
        }
        @if (trail(); as page) {
          @if (page.items.length === 0) {
            <p>{{ 'audit.trail.empty' | translate }}</p>
          } @else {
            <sg-audit-entries-table [entries]="page.items" [timeZone]="page.timeZone" />
            <mat-paginator
              [length]="page.total"
              [pageIndex]="page.page - 1"
              [pageSize]="page.pageSize"
              [hidePageSize]="true"
              (page)="showPage($event)"
            />
          }
        }
      </section>
    }
  `,
  styles: `
    .panel {
      margin-top: 24px;
    }
    h2 {
      margin: 0 0 12px;
      font-size: 1.2rem;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordTrail {
  private readonly api = inject(AuditTrailApi);
  private readonly officer = inject(AuthState).officer;
  private readonly errorHandler = inject(ErrorHandler);

  readonly declarationId = input.required<string>();
  /** The declaration's version: a new one (a decision, an assignment elsewhere) reloads the first page. */
  readonly version = input.required<number>();

  protected readonly canSee = computed(() => {
    const role = this.officer()?.role;
    return role !== undefined && SUPERVISOR_ROLES.includes(role);
  });
  protected readonly trail = signal<AuditTrailPage | null>(null);
  protected readonly loadFailed = signal(false);

  constructor() {
    effect(() => {
      const id = this.declarationId();
      this.version();
      if (this.canSee()) {
        untracked(() => void this.load(id, 1));
      }
    });
  }

  protected showPage(event: PageEvent): void {
    void this.load(this.declarationId(), event.pageIndex + 1);
  }

  private async load(id: string, page: number): Promise<void> {
    this.loadFailed.set(false);
    try {
      this.trail.set(await firstValueFrom(this.api.recordTrail(id, page, PAGE_SIZE)));
    } catch (error) {
      this.loadFailed.set(true);
      this.errorHandler.handleError(error);
    }
  }
}
