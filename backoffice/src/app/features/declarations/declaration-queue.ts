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
import { MatCheckboxModule } from '@angular/material/checkbox';
import { type PageEvent, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { type Sort, MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTabsModule } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { QueuePage, QueueSortKey, QueueSummary } from '@smartgate/shared-models';
import { catchError, forkJoin, of, switchMap, tap } from 'rxjs';

import {
  type DeclarationQuery,
  PAGE_SIZE_OPTIONS,
  defaultSort,
  parseDeclarationQuery,
  queryParameters,
} from '../../core/api/declaration-query';
import { ReviewQueueApi } from '../../core/api/review-queue-api';
import { ReferenceNames } from '../../core/reference/reference-names';
import { DateOnlyPipe, GateTimePipe } from '../../shared/format/date-pipes';
import { StatusBadge } from '../../shared/ui/status-badge';
import { BulkApprovalBar } from './bulk-approval/bulk-approval-bar';
import { BulkApprovalSelection } from './bulk-approval/bulk-approval-selection';
import { type AppliedFilters, QueueFilters } from './queue/queue-filters';
import { QueueSearchState } from './queue/queue-search-state';
import { QueueTabs } from './queue/queue-tabs';
import { QueueNavigation } from './shortcuts/queue-navigation';

/**
 * The officers' work queues: tabs with counts, filters, search, and a table paged and sorted by
 * the API. Queue, filters, sort and page live in the URL query, so the back button and reloads
 * keep them. The search text stays in memory, because it may be a traveller's name.
 */
@Component({
  selector: 'sg-declaration-queue',
  imports: [
    BulkApprovalBar,
    DateOnlyPipe,
    GateTimePipe,
    MatButtonModule,
    MatCheckboxModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSortModule,
    MatTableModule,
    MatTabsModule,
    QueueFilters,
    QueueTabs,
    RouterLink,
    StatusBadge,
    TranslatePipe,
  ],
  providers: [BulkApprovalSelection],
  templateUrl: './declaration-queue.html',
  styleUrl: './declaration-queue.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeclarationQueue {
  private readonly api = inject(ReviewQueueApi);
  private readonly names = inject(ReferenceNames);
  private readonly router = inject(Router);
  private readonly errorHandler = inject(ErrorHandler);

  readonly queue = input<string>();
  readonly status = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();
  readonly sort = input<string>();
  readonly order = input<string>();
  readonly declarationKind = input<string>();
  readonly gate = input<string>();
  readonly direction = input<string>();
  readonly plannedFrom = input<string>();
  readonly plannedTo = input<string>();
  readonly nationality = input<string>();

  private readonly navigation = inject(QueueNavigation);
  protected readonly selection = inject(BulkApprovalSelection);
  protected readonly search = inject(QueueSearchState).text;
  protected readonly pageSizeOptions = [...PAGE_SIZE_OPTIONS];
  protected readonly columns = [
    'submittedAt',
    'referenceCode',
    'gate',
    'direction',
    'plannedCrossingDate',
    'leadTraveller',
    'travellerCount',
    'status',
    'holder',
  ];
  /** The columns shown: a supervisor on the `new` queue also gets the bulk approval checkboxes. */
  protected readonly displayedColumns = computed(() =>
    this.selection.enabled() ? ['select', ...this.columns] : this.columns,
  );

  protected readonly query = computed<DeclarationQuery>(() =>
    parseDeclarationQuery({
      queue: this.queue(),
      status: this.status(),
      page: this.page(),
      pageSize: this.pageSize(),
      sort: this.sort(),
      order: this.order(),
      declarationKind: this.declarationKind(),
      gate: this.gate(),
      direction: this.direction(),
      plannedFrom: this.plannedFrom(),
      plannedTo: this.plannedTo(),
      nationality: this.nationality(),
    }),
  );
  /** The sort the table shows: the requested one, or the queue's own order. */
  protected readonly shownSort = computed(() => {
    const query = this.query();
    return query.sort ? { key: query.sort, order: query.order ?? 'asc' } : defaultSort(query);
  });
  protected readonly filtered = computed(() => {
    const { declarationKind, gate, direction, plannedFrom, plannedTo, nationality, status } = this.query();
    return (
      this.search() !== '' ||
      [declarationKind, gate, direction, plannedFrom, plannedTo, nationality, status].some(Boolean)
    );
  });
  protected readonly loading = signal(true);
  protected readonly loadFailed = signal(false);
  protected readonly result = signal<QueuePage | null>(null);
  protected readonly summaries = signal<readonly QueueSummary[]>([]);
  protected readonly rows = computed(() =>
    (this.result()?.items ?? []).map((item) => ({ ...item, gateName: this.names.gateName(item.gateCode) })),
  );

  private readonly reloadCount = signal(0);

  constructor() {
    this.loadPageOnQueryChange();
  }

  protected showPage(event: PageEvent): void {
    this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected sortBy(sort: Sort): void {
    const key = sort.direction ? (sort.active as QueueSortKey) : undefined;
    this.navigate({ sort: key, order: key ? sort.direction || undefined : undefined, page: 1 });
  }

  /** Applies the filters. A new search looks in every queue, because officers rarely search by status. */
  protected applyFilters({ filters, search }: AppliedFilters): void {
    const newSearch = search !== '' && search !== this.search();
    this.search.set(search);
    this.navigate({ ...filters, page: 1, queue: newSearch ? 'all' : this.query().queue }, true);
  }

  protected reloadPage(): void {
    this.reloadCount.update((count) => count + 1);
  }

  private navigate(changes: Partial<DeclarationQuery>, replaceFilters = false): void {
    const current = this.query();
    const base: Partial<DeclarationQuery> = replaceFilters
      ? { queue: current.queue, pageSize: current.pageSize, sort: current.sort, order: current.order }
      : current;
    void this.router.navigate([], { queryParams: queryParameters({ ...base, ...changes }) });
  }

  private loadPageOnQueryChange(): void {
    const request = computed(() => ({
      query: this.query(),
      search: this.search(),
      reload: this.reloadCount(),
    }));

    toObservable(request)
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.loadFailed.set(false);
        }),
        switchMap(({ query, search }) =>
          forkJoin({
            page: this.api.list(query, search),
            summary: this.api.summary().pipe(catchError(() => of(null))),
          }).pipe(catchError((error: unknown) => this.reportFailure(error))),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((loaded) => {
        this.loading.set(false);
        if (loaded) {
          this.navigation.remember(
            this.query(),
            loaded.page.items.map((item) => item.id),
          );
          this.result.set(loaded.page);
          void this.selection.showPage(this.query().queue, loaded.page.items);
          this.summaries.set(loaded.summary?.queues ?? this.summaries());
        }
      });
  }

  private reportFailure(error: unknown) {
    this.loadFailed.set(true);
    this.errorHandler.handleError(error);
    return of(null);
  }
}
