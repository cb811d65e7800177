import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { BulkApprovalItemResult, BulkApprovalResult } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { ScreeningApi } from '../../../core/api/screening-api';
import { describeApiError } from '../../../core/errors/problem-message';
import type { SelectableRow } from './bulk-approval-selection';

/**
 * Dialog confirming a bulk approval, then showing each record's outcome: approved, or why not
 * (flagged by screening, changed meanwhile, held by another officer, no longer waiting). It
 * closes with true when the approval ran, so the queue reloads.
 */
@Component({
  selector: 'sg-bulk-approval-dialog',
  imports: [MatButtonModule, MatDialogModule, MatProgressBarModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'declarations.bulkApproval.title' | translate: { count: rows.length } }}</h2>
    <mat-dialog-content>
      @if (result(); as done) {
        <p role="status">
          {{
            'declarations.bulkApproval.summary'
              | translate: { approved: done.approved, refused: done.refused }
          }}
        </p>
        <ul class="outcomes">
          @for (line of done.results; track line.id) {
            <li [class.refused]="line.outcome !== 'approved'">
              <span class="reference">{{ labelOf(line.id) }}</span>
              {{ 'declarations.bulkApproval.outcomes.' + line.outcome | translate }}
              @for (kind of line.flagKinds; track kind) {
                <span class="flag">{{ 'screening.kinds.' + kind | translate }}</span>
              }
            </li>
          }
        </ul>
      } @else {
        <p>{{ 'declarations.bulkApproval.explanation' | translate }}</p>
        <ul class="outcomes">
          @for (row of rows; track row.id) {
            <li>
              <span class="reference">{{ row.referenceCode }}</span> {{ row.leadTravellerName }}
            </li>
          }
        </ul>
        @if (approving()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.saving' | translate" />
        }
        @if (failure(); as message) {
          <p class="sg-alert" role="alert">{{ message }}</p>
        }
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      @if (result()) {
        <button mat-flat-button type="button" (click)="close()">{{ 'common.close' | translate }}</button>
      } @else {
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="button" [disabled]="approving()" (click)="approveAll()">
          {{ 'declarations.bulkApproval.confirm' | translate: { count: rows.length } }}
        </button>
      }
    </mat-dialog-actions>
  `,
  styles: `
    .outcomes {
      margin: 0;
      padding-inline-start: 20px;
      max-height: 40vh;
      overflow: auto;
    }
    .reference {
      font-weight: 600;
      margin-inline-end: 8px;
    }
    .refused {
      color: var(--mat-sys-error);
    }
    .flag {
      margin-inline-start: 8px;
      font-size: 0.85rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BulkApprovalDialog {
  private readonly api = inject(ScreeningApi);
  private readonly translate = inject(TranslateService);
  private readonly dialogRef = inject<MatDialogRef<BulkApprovalDialog, boolean>>(MatDialogRef);

  protected readonly rows = inject<readonly SelectableRow[]>(MAT_DIALOG_DATA);
  protected readonly approving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly result = signal<BulkApprovalResult | null>(null);

  protected async approveAll(): Promise<void> {
    this.approving.set(true);
    this.failure.set(null);
    try {
      const items = this.rows.map(({ id, version }) => ({ id, version }));
      this.result.set(await firstValueFrom(this.api.bulkApprove({ items })));
    } catch (error) {
      this.failure.set(
        describeApiError(error, this.translate) ?? this.translate.instant('problems.internal-error'),
      );
    } finally {
      this.approving.set(false);
    }
  }

  /** Names a record of the outcome list by its reference code, as the confirmation listed it. */
  protected labelOf(id: BulkApprovalItemResult['id']): string {
    const row = this.rows.find((candidate) => candidate.id === id);
    return row?.referenceCode ?? id;
  }

  protected close(): void {
    this.dialogRef.close(true);
  }
}
