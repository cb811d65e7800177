import { ChangeDetectionStrategy, Component, ErrorHandler, OnInit, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { type PageEvent, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  WATCHLIST_MATCH_KINDS,
  type WatchlistEntryView,
  type WatchlistMatchKind,
  type WatchlistSearch,
  type WatchlistState,
} from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { describeApiError } from '../../../core/errors/problem-message';
import { DateOnlyPipe } from '../../../shared/format/date-pipes';
import { WATCHLIST_TEMPLATE_URL, WatchlistApi } from './watchlist-api';
import { WatchlistDeactivateDialog } from './watchlist-deactivate-dialog';
import { WatchlistEntryDialog } from './watchlist-entry-dialog';
import { WatchlistImportDialog } from './watchlist-import-dialog';

const SNACK_BAR_DURATION_MS = 5000;
const PAGE_SIZE = 25;

/**
 * The administrator's watchlist: documents, plates and names that screening flags on
 * declarations. Entries are searched, added, imported from CSV and deactivated here.
 */
@Component({
  selector: 'sg-watchlist-page',
  imports: [
    DateOnlyPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  templateUrl: './watchlist-page.html',
  styleUrl: './watchlist-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WatchlistPage implements OnInit {
  private readonly api = inject(WatchlistApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly errorHandler = inject(ErrorHandler);

  protected readonly columns = ['matchKind', 'value', 'reason', 'expiresOn', 'state', 'createdBy', 'actions'];
  protected readonly matchKinds = WATCHLIST_MATCH_KINDS;
  protected readonly states: WatchlistState[] = ['active', 'expired', 'deactivated', 'all'];
  protected readonly templateUrl = WATCHLIST_TEMPLATE_URL;
  protected readonly filters = new FormGroup({
    search: new FormControl('', { nonNullable: true }),
    matchKind: new FormControl<WatchlistMatchKind | ''>('', { nonNullable: true }),
    state: new FormControl<WatchlistState>('active', { nonNullable: true }),
  });
  protected readonly entries = signal<WatchlistEntryView[]>([]);
  protected readonly total = signal(0);
  protected readonly page = signal(1);
  protected readonly pageSize = PAGE_SIZE;
  protected readonly loading = signal(true);
  protected readonly loadFailed = signal(false);

  ngOnInit(): void {
    void this.loadEntries();
  }

  protected applyFilters(): Promise<void> {
    this.page.set(1);
    return this.loadEntries();
  }

  protected changePage(event: PageEvent): Promise<void> {
    this.page.set(event.pageIndex + 1);
    return this.loadEntries();
  }

  protected async loadEntries(): Promise<void> {
    this.loading.set(true);
    this.loadFailed.set(false);
    try {
      const result = await firstValueFrom(this.api.search(this.searchQuery()));
      this.entries.set(result.items);
      this.total.set(result.total);
    } catch (error) {
      this.loadFailed.set(true);
      this.errorHandler.handleError(error);
    } finally {
      this.loading.set(false);
    }
  }

  protected async addEntry(): Promise<void> {
    const dialogRef = this.dialog.open<WatchlistEntryDialog, void, WatchlistEntryView>(WatchlistEntryDialog, {
      width: '560px',
      maxWidth: '95vw',
    });
    if (await firstValueFrom(dialogRef.afterClosed())) {
      this.notify('admin.watchlist.added');
      await this.loadEntries();
    }
  }

  protected async importEntries(): Promise<void> {
    const dialogRef = this.dialog.open<WatchlistImportDialog, void, number>(WatchlistImportDialog, {
      width: '760px',
      maxWidth: '95vw',
    });
    const imported = await firstValueFrom(dialogRef.afterClosed());
    if (imported !== undefined) {
      this.notify('admin.watchlist.import.done', { count: imported });
      await this.loadEntries();
    }
  }

  protected async deactivateEntry(entry: WatchlistEntryView): Promise<void> {
    const dialogRef = this.dialog.open<WatchlistDeactivateDialog, WatchlistEntryView, string>(
      WatchlistDeactivateDialog,
      { width: '520px', maxWidth: '95vw', data: entry },
    );
    const reason = await firstValueFrom(dialogRef.afterClosed());
    if (!reason) {
      return;
    }

    try {
      await firstValueFrom(this.api.deactivate(entry.id, reason));
      this.notify('admin.watchlist.deactivated');
    } catch (error) {
      this.snackBar.open(
        describeApiError(error, this.translate) ?? this.translate.instant('problems.internal-error'),
        this.translate.instant('common.close'),
        { duration: SNACK_BAR_DURATION_MS },
      );
    }
    await this.loadEntries();
  }

  /** Names an entry's state: in force, past its last day, or deactivated. */
  protected stateOf(entry: WatchlistEntryView): WatchlistState {
    if (!entry.active) {
      return 'deactivated';
    }
    return entry.expired ? 'expired' : 'active';
  }

  private searchQuery(): Partial<WatchlistSearch> {
    const { search, matchKind, state } = this.filters.getRawValue();
    return {
      search: search.trim(),
      ...(matchKind ? { matchKind } : {}),
      state,
      page: this.page(),
      pageSize: PAGE_SIZE,
    };
  }

  private notify(key: string, parameters?: Record<string, unknown>): void {
    this.snackBar.open(this.translate.instant(key, parameters), this.translate.instant('common.close'), {
      duration: SNACK_BAR_DURATION_MS,
    });
  }
}
