import { ChangeDetectionStrategy, Component, ErrorHandler, computed, inject, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';

import { DeclarationReview } from '../declaration-review';
import {
  ChangeRequestDialog,
  type ChangeRequestDialogData,
  type ChangeRequestDraft,
} from './change-request-dialog';

const SNACK_BAR_DURATION_MS = 5000;

/**
 * The "Send back for changes" action of a submitted declaration. It opens the dialog in which
 * the officer comments on fields, then sends the request through the page's `DeclarationReview`.
 */
@Component({
  selector: 'sg-send-back-button',
  imports: [MatButtonModule, TranslatePipe],
  template: `
    @if (review.declaration()?.status === 'submitted') {
      <button
        mat-stroked-button
        type="button"
        class="send-back-button"
        [disabled]="!review.canDecide()"
        (click)="sendBack()"
      >
        {{ 'declarations.detail.sendBack' | translate }}
      </button>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SendBackButton {
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly errorHandler = inject(ErrorHandler);

  /** Emits once the request is sent or lost to another officer, because the focused button then disappears. */
  readonly sentBack = output<void>();

  protected readonly review = inject(DeclarationReview);
  private readonly declaration = computed(() => this.review.declaration());

  /** Opens the send-back dialog and sends the request; the button and the S shortcut call it. */
  async sendBack(): Promise<void> {
    const declaration = this.declaration();
    if (!declaration) {
      return;
    }

    const dialogRef = this.dialog.open<ChangeRequestDialog, ChangeRequestDialogData, ChangeRequestDraft>(
      ChangeRequestDialog,
      { width: '720px', maxWidth: '95vw', data: { declaration } },
    );
    const draft = await firstValueFrom(dialogRef.afterClosed());
    if (!draft) {
      return;
    }

    try {
      const outcome = await this.review.requestChanges(draft);
      if (outcome === 'decided') {
        this.snackBar.open(
          this.translate.instant('declarations.detail.sentBack'),
          this.translate.instant('common.close'),
          { duration: SNACK_BAR_DURATION_MS },
        );
      }
      this.sentBack.emit();
    } catch (error) {
      this.errorHandler.handleError(error);
    }
  }
}
