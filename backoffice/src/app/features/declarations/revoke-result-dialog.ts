import { TextFieldModule } from '@angular/cdk/text-field';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { ResultRevocation, normalizeText } from '@smartgate/shared-models';

import { LanguageState } from '../../core/i18n/language-state';
import { ValidationMessagePipe } from '../../shared/forms/validation-message.pipe';
import { zodValidator } from '../../shared/forms/zod-validator';

/** Same limit as the shared revocation schema, shown to the supervisor as a character count. */
const REASON_MAX_LENGTH = 1000;

/** Data of the dialog: the number of the result being revoked. */
export interface RevokeResultDialogData {
  resultNumber: string;
}

/** Dialog for the reason of a revocation. It closes with the reason, or with nothing when cancelled. */
@Component({
  selector: 'sg-revoke-result-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TextFieldModule,
    TranslatePipe,
    ValidationMessagePipe,
  ],
  templateUrl: './revoke-result-dialog.html',
  styles: `
    .explanation {
      margin-top: 0;
    }
    .reason-field {
      width: 100%;
    }
    .confirm-button {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RevokeResultDialog {
  private readonly dialogRef = inject<MatDialogRef<RevokeResultDialog, string>>(MatDialogRef);

  protected readonly data = inject<RevokeResultDialogData>(MAT_DIALOG_DATA);
  protected readonly language = inject(LanguageState).current;
  protected readonly maxLength = REASON_MAX_LENGTH;
  protected readonly form = new FormGroup({
    reason: new FormControl('', {
      nonNullable: true,
      validators: zodValidator(ResultRevocation.shape.reason),
    }),
  });
  protected readonly reason = this.form.controls.reason;

  protected confirmRevocation(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    this.dialogRef.close(normalizeText(this.reason.value));
  }
}
