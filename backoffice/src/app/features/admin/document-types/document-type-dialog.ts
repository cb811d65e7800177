import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule, type AbstractControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { DocumentTypeRulesUpdate, issueMessageKey, type DocumentTypeRules } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { describeApiError } from '../../../core/errors/problem-message';
import { readProblem } from '../../../core/errors/problem';
import { LanguageState } from '../../../core/i18n/language-state';
import { ValidationMessagePipe } from '../../../shared/forms/validation-message.pipe';
import { DocumentTypesApi } from './document-types-api';
import {
  NUMBER_FORMATS,
  VALID_PROVINCE_RULES,
  createRulesForm,
  rulesFormInput,
  type DocumentTypeRulesForm,
} from './document-type-rules-form';

/**
 * Dialog editing the rules of one document type. It checks them with the shared schema, saves
 * them, and closes with the stored rules, or with nothing when cancelled.
 */
@Component({
  selector: 'sg-document-type-dialog',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslatePipe,
    ValidationMessagePipe,
  ],
  templateUrl: './document-type-dialog.html',
  styleUrl: './document-type-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DocumentTypeDialog {
  private readonly api = inject(DocumentTypesApi);
  private readonly translate = inject(TranslateService);
  private readonly dialogRef = inject<MatDialogRef<DocumentTypeDialog, DocumentTypeRules>>(MatDialogRef);

  protected readonly rules = inject<DocumentTypeRules>(MAT_DIALOG_DATA);
  protected readonly language = inject(LanguageState).current;
  protected readonly form: DocumentTypeRulesForm = createRulesForm(this.rules);
  protected readonly numberFormats = NUMBER_FORMATS;
  protected readonly provinceRules = VALID_PROVINCE_RULES;
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected async saveRules(): Promise<void> {
    this.failure.set(null);
    const parsed = DocumentTypeRulesUpdate.safeParse(rulesFormInput(this.form));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        this.markField(String(issue.path[0]), issueMessageKey(issue));
      }
      return;
    }

    this.saving.set(true);
    try {
      this.dialogRef.close(await firstValueFrom(this.api.update(this.rules.code, parsed.data)));
    } catch (error) {
      const fieldErrors = readProblem(error)?.errors ?? [];
      fieldErrors.forEach((fieldError) => this.markField(fieldError.path.split('.')[0], fieldError.code));
      if (fieldErrors.length === 0) {
        this.failure.set(
          describeApiError(error, this.translate) ?? this.translate.instant('problems.internal-error'),
        );
      }
    } finally {
      this.saving.set(false);
    }
  }

  /** Puts an error on the control of a field, keyed by its message key as the validation pipe reads it. */
  private markField(field: string, key: string): void {
    const control: AbstractControl | null = this.form.get(field);
    if (!control) {
      this.failure.set(this.translate.instant('admin.documentTypes.saveFailed'));
      return;
    }
    control.setErrors({ [key]: true });
    control.markAsTouched();
  }
}
