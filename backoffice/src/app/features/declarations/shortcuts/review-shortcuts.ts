import { ChangeDetectionStrategy, Component, ErrorHandler, inject, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';

import { DeclarationReview } from '../declaration-review';
import { ApprovalConfirmDialog, type ApprovalConfirmData } from './approval-confirm-dialog';
import { QueueNavigation } from './queue-navigation';
import { shortcutAction } from './review-shortcut-keys';
import { ShortcutHelpDialog } from './shortcut-help-dialog';

const SNACK_BAR_DURATION_MS = 5000;

/**
 * The review screen's keyboard shortcuts (see `REVIEW_SHORTCUTS`) and the button that lists them.
 * Decisions go through the page's own dialogs: approval asks for confirmation here, and the
 * reject and send-back keys open the same dialogs as their buttons. No key acts while the
 * officer types in a field or while a dialog is open.
 */
@Component({
  selector: 'sg-review-shortcuts',
  imports: [MatButtonModule, TranslatePipe],
  template: `
    <button mat-button type="button" class="shortcuts-button" (click)="openHelp()">
      {{ 'declarations.shortcuts.button' | translate }}
    </button>
  `,
  host: { '(document:keydown)': 'handleKey($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewShortcuts {
  private readonly review = inject(DeclarationReview);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly navigation = inject(QueueNavigation);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly errorHandler = inject(ErrorHandler);

  /** Emits once the officer confirmed an approval started with the A key. */
  readonly approve = output<void>();
  /** Emits for the R key, to open the rejection dialog. */
  readonly reject = output<void>();
  /** Emits for the S key, to open the send-back dialog. */
  readonly sendBack = output<void>();

  protected handleKey(event: KeyboardEvent): void {
    if (this.dialog.openDialogs.length > 0) {
      return;
    }
    const action = shortcutAction(event);
    if (!action) {
      return;
    }

    event.preventDefault();
    switch (action) {
      case 'help':
        this.openHelp();
        break;
      case 'next':
        void this.openNextRecord();
        break;
      case 'approve':
        void this.confirmApproval();
        break;
      case 'reject':
        this.emitDecision(this.reject);
        break;
      case 'sendBack':
        this.emitDecision(this.sendBack);
        break;
    }
  }

  protected openHelp(): void {
    this.dialog.open(ShortcutHelpDialog, { width: '480px', maxWidth: '95vw' });
  }

  private emitDecision(decision: { emit(): void }): void {
    if (this.review.canDecide()) {
      decision.emit();
    }
  }

  private async confirmApproval(): Promise<void> {
    const declaration = this.review.declaration();
    if (!declaration || !this.review.canDecide()) {
      return;
    }

    const dialogRef = this.dialog.open<ApprovalConfirmDialog, ApprovalConfirmData, boolean>(
      ApprovalConfirmDialog,
      {
        width: '480px',
        maxWidth: '95vw',
        data: { referenceCode: declaration.referenceCode ?? declaration.id },
      },
    );
    if (await firstValueFrom(dialogRef.afterClosed())) {
      this.approve.emit();
    }
  }

  private async openNextRecord(): Promise<void> {
    const current = this.review.declaration();
    if (!current) {
      return;
    }

    try {
      const nextId = await this.navigation.nextAfter(current.id);
      if (nextId) {
        await this.router.navigate(['/declarations', nextId]);
        return;
      }
      this.snackBar.open(
        this.translate.instant('declarations.shortcuts.noNext'),
        this.translate.instant('common.close'),
        { duration: SNACK_BAR_DURATION_MS },
      );
    } catch (error) {
      this.errorHandler.handleError(error);
    }
  }
}
