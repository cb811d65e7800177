import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';

import { BulkApprovalDialog } from './bulk-approval-dialog';
import { BulkApprovalSelection, type SelectableRow } from './bulk-approval-selection';

/** The supervisor's bar above the `new` queue: how many clean records are selected, and the approval. */
@Component({
  selector: 'sg-bulk-approval-bar',
  imports: [MatButtonModule, TranslatePipe],
  template: `
    @if (selection.enabled()) {
      <div class="bar" role="region" [attr.aria-label]="'declarations.bulkApproval.region' | translate">
        <span>
          {{
            'declarations.bulkApproval.selected'
              | translate: { count: selection.selected().length, clean: selection.selectable().length }
          }}
        </span>
        <button
          mat-flat-button
          type="button"
          [disabled]="selection.selected().length === 0"
          (click)="approveSelected()"
        >
          {{ 'declarations.bulkApproval.open' | translate: { count: selection.selected().length } }}
        </button>
      </div>
    }
  `,
  styles: `
    .bar {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 16px;
      margin: 8px 0;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BulkApprovalBar {
  private readonly dialog = inject(MatDialog);

  protected readonly selection = inject(BulkApprovalSelection);

  /** Emits after an approval ran, so the queue reloads its page and counts. */
  readonly approved = output<void>();

  protected async approveSelected(): Promise<void> {
    const rows: SelectableRow[] = this.selection.selected().map((row) => ({
      id: row.id,
      version: row.version,
      referenceCode: row.referenceCode ?? null,
      leadTravellerName: row.leadTravellerName,
    }));
    const dialogRef = this.dialog.open<BulkApprovalDialog, SelectableRow[], boolean>(BulkApprovalDialog, {
      width: '640px',
      maxWidth: '95vw',
      data: rows,
    });
    if (await firstValueFrom(dialogRef.afterClosed())) {
      this.approved.emit();
    }
  }
}
