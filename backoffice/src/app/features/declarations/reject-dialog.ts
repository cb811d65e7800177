import { TextFieldModule } from '@angular/cdk/text-field';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { RejectionDecision, normalizeText } from '@smartgate/shared-models';

import { LanguageState } from '../../core/i18n/language-state';
import { ValidationMessagePipe } from '../../shared/forms/validation-message.pipe';
import { zodValidator } from '../../shared/forms/zod-validator';

/** Same limit as the shared rejection schema, shown to the officer as a character count. */
const REASON_MAX_LENGTH = 1000;

/** Dialog for the reason of a rejection. It closes with the reason, or with nothing when cancelled. */
@Component({
  selector: 'sg-reject-dialog',
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
  templateUrl: './reject-dialog.html',
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
export class RejectDialog {
  private readonly dialogRef = inject<MatDialogRef<RejectDialog, string>>(MatDialogRef);

  protected readonly language = inject(LanguageState).current;
  protected readonly maxLength = REASON_MAX_LENGTH;
  protected readonly form = new FormGroup({
    reason: new FormControl('', {
      nonNullable: true,
      validators: zodValidator(RejectionDecision.shape.reason),
    }),
  });
  protected readonly reason = this.form.controls.reason;

  protected confirmRejection(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    this.dialogRef.close(normalizeText(this.reason.value));
  }
}
