import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { WATCHLIST_IMPORT_MAX_CHARS, type WatchlistImportResult } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { describeApiError } from '../../../core/errors/problem-message';
import { WATCHLIST_TEMPLATE_URL, WatchlistApi } from './watchlist-api';

/**
 * Dialog importing watchlist entries from a CSV file. The file is checked first (a dry run), and
 * imported only when no row is rejected: imports are all or nothing, so the administrator fixes
 * the listed rows and chooses the file again. It closes with the number imported.
 */
@Component({
  selector: 'sg-watchlist-import-dialog',
  imports: [MatButtonModule, MatDialogModule, MatProgressBarModule, MatTableModule, TranslatePipe],
  templateUrl: './watchlist-import-dialog.html',
  styles: `
    .rejected {
      max-height: 40vh;
      overflow: auto;
    }
    .file-row {
      display: flex;
      gap: 12px;
      align-items: center;
      flex-wrap: wrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WatchlistImportDialog {
  private readonly api = inject(WatchlistApi);
  private readonly translate = inject(TranslateService);
  private readonly dialogRef = inject<MatDialogRef<WatchlistImportDialog, number>>(MatDialogRef);

  protected readonly templateUrl = WATCHLIST_TEMPLATE_URL;
  protected readonly columns = ['row', 'field', 'message'];
  protected readonly csv = signal<string | null>(null);
  protected readonly check = signal<WatchlistImportResult | null>(null);
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  /** Reads the chosen file as text and checks it at once, so the rejected rows show before any import. */
  protected async chooseFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.reset();
    if (!file) {
      return;
    }

    const text = await file.text();
    if (text.length > WATCHLIST_IMPORT_MAX_CHARS) {
      this.failure.set(this.translate.instant('admin.watchlist.import.tooLarge'));
      return;
    }
    this.csv.set(text);
    await this.send(true);
  }

  protected async importFile(): Promise<void> {
    const result = await this.send(false);
    if (result && result.rejectedRows.length === 0) {
      this.dialogRef.close(result.imported);
    }
  }

  private async send(dryRun: boolean): Promise<WatchlistImportResult | null> {
    const csv = this.csv();
    if (csv === null) {
      return null;
    }

    this.busy.set(true);
    this.failure.set(null);
    try {
      const result = await firstValueFrom(this.api.import(csv, dryRun));
      this.check.set(result);
      return result;
    } catch (error) {
      this.failure.set(
        describeApiError(error, this.translate) ?? this.translate.instant('problems.internal-error'),
      );
      return null;
    } finally {
      this.busy.set(false);
    }
  }

  private reset(): void {
    this.csv.set(null);
    this.check.set(null);
    this.failure.set(null);
  }
}
