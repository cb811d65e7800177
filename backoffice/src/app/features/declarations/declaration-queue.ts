import {
  ChangeDetectionStrategy,
  Component,
  ErrorHandler,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { type PageEvent, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTabsModule } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { DeclarationSummary, Page } from '@smartgate/shared-models';
import { catchError, of, switchMap, tap } from 'rxjs';

import {
  type DeclarationQuery,
  PAGE_SIZE_OPTIONS,
  QUEUE_STATUSES,
  parsePageSize,
  parsePositiveInteger,
  parseQueueStatus,
} from '../../core/api/declaration-query';
import { OfficerDeclarationsApi } from '../../core/api/officer-declarations-api';
import { ReferenceNames } from '../../core/reference/reference-names';
import { DateOnlyPipe, GateTimePipe } from '../../shared/format/date-pipes';
import { StatusBadge } from '../../shared/ui/status-badge';

/**
 * The officers' list of declarations, filtered by status and paged by the API. The filter and page
 * live in the URL query (`status`, `page`, `pageSize`) so that the back button and reloads keep them.
 */
@Component({
  selector: 'sg-declaration-queue',
  imports: [
    DateOnlyPipe,
    GateTimePipe,
    MatButtonModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    MatTabsModule,
    RouterLink,
    StatusBadge,
    TranslatePipe,
  ],
  templateUrl: './declaration-queue.html',
  styleUrl: './declaration-queue.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeclarationQueue {
  private readonly api = inject(OfficerDeclarationsApi);
  private readonly names = inject(ReferenceNames);
  private readonly router = inject(Router);
  private readonly errorHandler = inject(ErrorHandler);

  readonly status = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  protected readonly statuses = QUEUE_STATUSES;
  protected readonly pageSizeOptions = [...PAGE_SIZE_OPTIONS];
  protected readonly columns = [
    'submittedAt',
    'gate',
    'direction',
    'plannedCrossingDate',
    'leadTraveller',
    'travellerCount',
    'status',
  ];

  protected readonly query = computed<DeclarationQuery>(() => ({
    status: parseQueueStatus(this.status()),
    page: parsePositiveInteger(this.page(), 1),
    pageSize: parsePageSize(this.pageSize()),
  }));
  protected readonly loading = signal(true);
  protected readonly loadFailed = signal(false);
  protected readonly result = signal<Page<DeclarationSummary> | null>(null);
  protected readonly rows = computed(() =>
    (this.result()?.items ?? []).map((summary) => ({
      ...summary,
      gateName: this.names.gateName(summary.gateCode),
    })),
  );

  private readonly reloadCount = signal(0);

  constructor() {
    this.loadPageOnQueryChange();
  }

  protected showPage(event: PageEvent): void {
    void this.router.navigate([], {
      queryParams: { status: this.query().status, page: event.pageIndex + 1, pageSize: event.pageSize },
    });
  }

  protected reloadPage(): void {
    this.reloadCount.update((count) => count + 1);
  }

  private loadPageOnQueryChange(): void {
    const request = computed(() => ({ query: this.query(), reload: this.reloadCount() }));

    toObservable(request)
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.loadFailed.set(false);
        }),
        switchMap(({ query }) =>
          this.api.list(query).pipe(catchError((error: unknown) => this.reportFailure(error))),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.loading.set(false);
        if (page) {
          this.result.set(page);
        }
      });
  }

  private reportFailure(error: unknown) {
    this.loadFailed.set(true);
    this.errorHandler.handleError(error);
    return of(null);
  }
}
