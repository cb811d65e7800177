import { TextFieldModule } from '@angular/cdk/text-field';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
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
import { catchError, of } from 'rxjs';

import { ReasonTemplatesApi } from '../../../core/api/reason-templates-api';
import { LanguageState } from '../../../core/i18n/language-state';
import { ValidationMessagePipe } from '../../../shared/forms/validation-message.pipe';
import { zodValidator } from '../../../shared/forms/zod-validator';
import { templateText } from '../reasons/template-text';
import { declarationFieldOptions } from './declaration-field-options';

/** The declaration whose fields the officer picks from. */
export interface ChangeRequestDialogData {
  declaration: DeclarationView;
}

/** The officer's request: the request body without the version, which the review adds. */
export type ChangeRequestDraft = Omit<ChangeRequestDecision, 'version'>;

type FieldCommentRow = FormGroup<{
  field: FormControl<string>;
  templateId: FormControl<string>;
  comment: FormControl<string>;
}>;

/** Rejects a form without any comment or template, as the shared schema rejects such a change request. */
function requireSomeComment(control: AbstractControl): ValidationErrors | null {
  const { comment, templateId, fieldComments } = control.value as {
    comment: string;
    templateId: string;
    fieldComments: unknown[];
  };
  const empty = normalizeText(comment) === '' && templateId === '' && fieldComments.length === 0;
  return empty ? { changeRequestEmpty: true } : null;
}

/** Requires a field comment's template or its text, as the shared field comment schema does. */
function requireTemplateOrComment(control: AbstractControl): ValidationErrors | null {
  const { templateId, comment } = control.value as { templateId: string; comment: string };
  return templateId === '' && normalizeText(comment) === '' ? { required: true } : null;
}

/**
 * Dialog in which an officer sends a declaration back: a general comment and a comment on each
 * field picked from the declaration's own fields, each from a reason template, free text, or
 * both. It closes with the request, or with nothing when cancelled.
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
  /** The active change request templates. When the list cannot be loaded, free text still works. */
  protected readonly templates = toSignal(
    inject(ReasonTemplatesApi)
      .active('change_request')
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  protected readonly templateText = templateText;

  protected readonly fieldGroups = computed(() =>
    declarationFieldOptions(
      this.data.declaration,
      this.language(),
      this.translate.instant(
        this.data.declaration.kind === 'cargo'
          ? 'declarations.cargo.consignment'
          : 'declarations.detail.crossing',
      ) as string,
    ),
  );

  protected readonly form = new FormGroup(
    {
      templateId: new FormControl('', { nonNullable: true }),
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

  protected missingCommentMessage(): string {
    return validationMessage('required', ['comment'], this.language());
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
      new FormGroup(
        {
          field: new FormControl('', { nonNullable: true, validators: Validators.required }),
          templateId: new FormControl('', { nonNullable: true }),
          comment: new FormControl('', {
            nonNullable: true,
            validators: zodValidator(FieldComment.shape.comment),
          }),
        },
        { validators: requireTemplateOrComment },
      ),
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
    const templateId = this.form.controls.templateId.value;
    this.dialogRef.close({
      ...(templateId ? { templateId } : {}),
      ...(comment ? { comment } : {}),
      fieldComments: this.rows.controls.map((row) => {
        const fieldComment = normalizeText(row.controls.comment.value);
        const fieldTemplateId = row.controls.templateId.value;
        return {
          field: row.controls.field.value,
          ...(fieldTemplateId ? { templateId: fieldTemplateId } : {}),
          ...(fieldComment ? { comment: fieldComment } : {}),
        };
      }),
    });
  }
}
