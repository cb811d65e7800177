import { TextFieldModule } from '@angular/cdk/text-field';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  type AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  ChangeRequestDecision,
  FieldComment,
  MAX_CHANGE_REQUEST_COMMENT_LENGTH,
  MAX_FIELD_COMMENT_LENGTH,
  MAX_FIELD_COMMENTS,
  type DeclarationView,
  normalizeText,
  validationMessage,
} from '@smartgate/shared-models';

import { LanguageState } from '../../../core/i18n/language-state';
import { ValidationMessagePipe } from '../../../shared/forms/validation-message.pipe';
import { zodValidator } from '../../../shared/forms/zod-validator';
import { declarationFieldOptions } from './declaration-field-options';

/** The declaration whose fields the officer picks from. */
export interface ChangeRequestDialogData {
  declaration: DeclarationView;
}

/** The officer's request: the request body without the version, which the review adds. */
export type ChangeRequestDraft = Omit<ChangeRequestDecision, 'version'>;

type FieldCommentRow = FormGroup<{ field: FormControl<string>; comment: FormControl<string> }>;

/** Rejects a form without any comment, as the shared schema rejects such a change request. */
function requireSomeComment(control: AbstractControl): ValidationErrors | null {
  const { comment, fieldComments } = control.value as { comment: string; fieldComments: unknown[] };
  return normalizeText(comment) === '' && fieldComments.length === 0 ? { changeRequestEmpty: true } : null;
}

/**
 * Dialog in which an officer sends a declaration back: a general comment and a comment on each
 * field picked from the declaration's own fields. It closes with the request, or with nothing
 * when cancelled.
 */
@Component({
  selector: 'sg-change-request-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TextFieldModule,
    TranslatePipe,
    ValidationMessagePipe,
  ],
  templateUrl: './change-request-dialog.html',
  styleUrl: './change-request-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangeRequestDialog {
  private readonly dialogRef = inject<MatDialogRef<ChangeRequestDialog, ChangeRequestDraft>>(MatDialogRef);
  private readonly translate = inject(TranslateService);
  private readonly data = inject<ChangeRequestDialogData>(MAT_DIALOG_DATA);

  protected readonly language = inject(LanguageState).current;
  protected readonly commentMaxLength = MAX_CHANGE_REQUEST_COMMENT_LENGTH;
  protected readonly fieldCommentMaxLength = MAX_FIELD_COMMENT_LENGTH;
  protected readonly maxFieldComments = MAX_FIELD_COMMENTS;

  protected readonly fieldGroups = computed(() =>
    declarationFieldOptions(
      this.data.declaration,
      this.language(),
      this.translate.instant('declarations.detail.crossing') as string,
    ),
  );

  protected readonly form = new FormGroup(
    {
      comment: new FormControl('', {
        nonNullable: true,
        validators: zodValidator(ChangeRequestDecision.shape.comment),
      }),
      fieldComments: new FormArray<FieldCommentRow>([]),
    },
    { validators: requireSomeComment },
  );
  protected readonly rows = this.form.controls.fieldComments;

  /** True once the officer tried to send, so that the "write something" message shows only then. */
  protected readonly attempted = signal(false);

  protected emptyMessage(): string {
    return validationMessage('changeRequestEmpty', ['comment'], this.language());
  }

  /** True when another row already comments on the field, so the field cannot be picked twice. */
  protected isTaken(path: string, rowIndex: number): boolean {
    return this.rows.controls.some((row, index) => index !== rowIndex && row.controls.field.value === path);
  }

  protected addRow(): void {
    if (this.rows.length >= MAX_FIELD_COMMENTS) {
      return;
    }

    this.rows.push(
      new FormGroup({
        field: new FormControl('', { nonNullable: true, validators: Validators.required }),
        comment: new FormControl('', {
          nonNullable: true,
          validators: zodValidator(FieldComment.shape.comment),
        }),
      }),
    );
  }

  protected removeRow(index: number): void {
    this.rows.removeAt(index);
  }

  protected confirmRequest(): void {
    this.attempted.set(true);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    const comment = normalizeText(this.form.controls.comment.value);
    this.dialogRef.close({
      ...(comment ? { comment } : {}),
      fieldComments: this.rows.controls.map((row) => ({
        field: row.controls.field.value,
        comment: normalizeText(row.controls.comment.value),
      })),
    });
  }
}
