import { ChangeDetectionStrategy, Component, ErrorHandler, computed, inject, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { SUPERVISOR_ROLES } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { AuthState } from '../../core/auth/auth-state';
import { ReasonDialog, type ReasonDialogData } from '../../shared/dialogs/reason-dialog';
import { DeclarationReview } from './declaration-review';

const SNACK_BAR_DURATION_MS = 5000;

/**
 * The "Revoke result" action of the declaration page, shown for an issued result to supervisors
 * and administrators only; the API refuses other roles as well. It uses the page's `DeclarationReview`.
 */
@Component({
  selector: 'sg-revoke-result-button',
  imports: [MatButtonModule, TranslatePipe],
  template: `
    @if (canRevoke()) {
      <button
        mat-stroked-button
        type="button"
        class="revoke-button"
        [disabled]="review.deciding()"
        (click)="revokeResult()"
      >
        {{ 'declarations.detail.revokeResult' | translate }}
      </button>
    }
  `,
  styles: `
    .revoke-button {
      --mat-button-outlined-label-text-color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RevokeResultButton {
  private readonly auth = inject(AuthState);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly errorHandler = inject(ErrorHandler);

  /** Emits once the result is revoked, because the focused button then disappears. */
  readonly revoked = output<void>();

  protected readonly review = inject(DeclarationReview);
  protected readonly canRevoke = computed(() => {
    const role = this.auth.officer()?.role;
    const issued = this.review.declaration()?.result?.status === 'issued';
    return issued && role !== undefined && SUPERVISOR_ROLES.includes(role);
  });

  protected async revokeResult(): Promise<void> {
    const resultNumber = this.review.declaration()?.result?.number ?? '';
    const dialogRef = this.dialog.open<ReasonDialog, ReasonDialogData, string>(ReasonDialog, {
      width: '560px',
      maxWidth: '95vw',
      data: { texts: 'declarations.revokeDialog', titleParameters: { number: resultNumber } },
    });
    const reason = await firstValueFrom(dialogRef.afterClosed());
    if (!reason) {
      return;
    }

    try {
      const outcome = await this.review.revokeResult(reason);
      if (outcome === 'decided') {
        this.snackBar.open(
          this.translate.instant('declarations.detail.resultRevoked'),
          this.translate.instant('common.close'),
          { duration: SNACK_BAR_DURATION_MS },
        );
      }
      this.revoked.emit();
    } catch (error) {
      this.errorHandler.handleError(error);
    }
  }
}
