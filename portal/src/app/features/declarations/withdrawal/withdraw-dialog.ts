import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';

/** Asks the traveller to confirm the withdrawal, which cannot be undone. Closes with true to confirm. */
@Component({
  selector: 'sg-withdraw-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'withdrawal.confirmTitle' | translate }}</h2>
    <mat-dialog-content>
      <p>{{ 'withdrawal.confirmText' | translate }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">
        {{ 'withdrawal.keep' | translate }}
      </button>
      <button mat-flat-button type="button" class="confirm-button" [mat-dialog-close]="true">
        {{ 'withdrawal.confirm' | translate }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .confirm-button {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class WithdrawDialog {}
