import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import {
  WATCHLIST_REASON_MAX_LENGTH,
  WatchlistDeactivation,
  type WatchlistEntryView,
} from '@smartgate/shared-models';

import { LanguageState } from '../../../core/i18n/language-state';
import { ValidationMessagePipe } from '../../../shared/forms/validation-message.pipe';
import { zodValidator } from '../../../shared/forms/zod-validator';

/** Dialog asking why an entry is deactivated. It closes with the reason, or with nothing when cancelled. */
@Component({
  selector: 'sg-watchlist-deactivate-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslatePipe,
    ValidationMessagePipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'admin.watchlist.deactivateTitle' | translate: { value: entry.value } }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <mat-dialog-content>
        <p>{{ 'admin.watchlist.deactivateExplanation' | translate }}</p>
        <mat-form-field class="reason-field">
          <mat-label>{{ 'admin.watchlist.fields.reason' | translate }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" [maxlength]="maxLength" required></textarea>
          <mat-error>{{ reason.errors | validationMessage: 'reason' : language() }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit">{{ 'admin.watchlist.deactivate' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .reason-field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WatchlistDeactivateDialog {
  private readonly dialogRef = inject<MatDialogRef<WatchlistDeactivateDialog, string>>(MatDialogRef);

  protected readonly entry = inject<WatchlistEntryView>(MAT_DIALOG_DATA);
  protected readonly language = inject(LanguageState).current;
  protected readonly maxLength = WATCHLIST_REASON_MAX_LENGTH;
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: zodValidator(WatchlistDeactivation.shape.reason),
  });
  protected readonly form = new FormGroup({ reason: this.reason });

  protected confirm(): void {
    this.reason.markAsTouched();
    if (this.reason.valid) {
      this.dialogRef.close(this.reason.value.trim());
    }
  }
}
