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
import { ValidationMessagePipe } from '../forms/validation-message.pipe';
import { zodValidator } from '../forms/zod-validator';

/** Same limit as the shared rejection and revocation schemas, shown to the officer as a character count. */
const REASON_MAX_LENGTH = 1000;

/** Texts of a reason dialog: a translation key prefix with `title`, `explanation`, `reason` and `confirm` under it. */
export interface ReasonDialogData {
  texts: 'declarations.rejectDialog' | 'declarations.revokeDialog' | 'gate.refuseDialog';
  titleParameters?: Record<string, string>;
}

/**
 * Dialog asking for the reason of a rejection or a revocation, which the applicant will read.
 * It closes with the reason, or with nothing when cancelled.
 */
@Component({
  selector: 'sg-reason-dialog',
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
  templateUrl: './reason-dialog.html',
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
export class ReasonDialog {
  private readonly dialogRef = inject<MatDialogRef<ReasonDialog, string>>(MatDialogRef);

  protected readonly data = inject<ReasonDialogData>(MAT_DIALOG_DATA);

  protected readonly language = inject(LanguageState).current;
  protected readonly maxLength = REASON_MAX_LENGTH;
  protected readonly form = new FormGroup({
    reason: new FormControl('', {
      nonNullable: true,
      // A revocation and a gate refusal always need a reason; a rejection without a template checks the same.
      validators: zodValidator(ResultRevocation.shape.reason),
    }),
  });
  protected readonly reason = this.form.controls.reason;

  protected confirmReason(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    this.dialogRef.close(normalizeText(this.reason.value));
  }
}
