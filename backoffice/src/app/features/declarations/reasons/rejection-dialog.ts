import { TextFieldModule } from '@angular/cdk/text-field';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import {
  MAX_REJECTION_REASON_LENGTH,
  type RejectionDecision,
  normalizeText,
  validationMessage,
} from '@smartgate/shared-models';
import { catchError, of } from 'rxjs';

import { ReasonTemplatesApi } from '../../../core/api/reason-templates-api';
import { LanguageState } from '../../../core/i18n/language-state';
import { templateText } from './template-text';

/** The officer's rejection (a picked template, free text, or both), to which the review adds the version. */
export type RejectionDraft = Omit<RejectionDecision, 'version'>;

/** Requires free text when no template is picked, as the shared rejection schema does. */
function requireTemplateOrReason(control: AbstractControl): ValidationErrors | null {
  const { templateId, reason } = control.value as { templateId: string; reason: string };
  return templateId === '' && normalizeText(reason) === '' ? { required: true } : null;
}

/**
 * Dialog in which an officer rejects a declaration with a standard reason, free text, or both.
 * The applicant reads the template in their own language followed by the free text. It closes
 * with the rejection, or with nothing when cancelled.
 */
@Component({
  selector: 'sg-rejection-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TextFieldModule,
    TranslatePipe,
  ],
  templateUrl: './rejection-dialog.html',
  styles: `
    .wide {
      width: 100%;
    }
    .confirm-button {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RejectionDialog {
  private readonly dialogRef = inject<MatDialogRef<RejectionDialog, RejectionDraft>>(MatDialogRef);

  protected readonly language = inject(LanguageState).current;
  protected readonly maxLength = MAX_REJECTION_REASON_LENGTH;
  /** The active rejection templates. When the list cannot be loaded, free text still works. */
  protected readonly templates = toSignal(
    inject(ReasonTemplatesApi)
      .active('rejection')
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  protected readonly templateText = templateText;

  protected readonly form = new FormGroup(
    {
      templateId: new FormControl('', { nonNullable: true }),
      reason: new FormControl('', { nonNullable: true }),
    },
    { validators: requireTemplateOrReason },
  );

  protected missingMessage(): string {
    return validationMessage('required', ['reason'], this.language());
  }

  protected confirmRejection(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    const { templateId, reason } = this.form.getRawValue();
    const freeText = normalizeText(reason);
    this.dialogRef.close({
      ...(templateId ? { templateId } : {}),
      ...(freeText ? { reason: freeText } : {}),
    });
  }
}
