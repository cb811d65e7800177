import { TextFieldModule } from '@angular/cdk/text-field';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import {
  MAX_REASON_TEMPLATE_LENGTH,
  ReasonTemplateCreation,
  normalizeText,
  type ReasonKind,
  type ReasonTemplate,
} from '@smartgate/shared-models';

import { LanguageState } from '../../../core/i18n/language-state';
import { ValidationMessagePipe } from '../../../shared/forms/validation-message.pipe';
import { zodValidator } from '../../../shared/forms/zod-validator';

/** A new template of a kind, or an existing one to edit. */
export interface ReasonTemplateDialogData {
  reasonKind: ReasonKind;
  template?: ReasonTemplate;
}

/** The texts and active flag that the administrator entered, which the page saves. */
export interface ReasonTemplateForm {
  textVi: string;
  textEn: string;
  active: boolean;
}

/** Dialog to add a reason template or edit one's texts and whether the decision dialogs offer it. */
@Component({
  selector: 'sg-reason-template-dialog',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TextFieldModule,
    TranslatePipe,
    ValidationMessagePipe,
  ],
  template: `
    <h2 mat-dialog-title>
      {{ (data.template ? 'admin.reasonTemplates.editTitle' : 'admin.reasonTemplates.addTitle') | translate }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p>{{ 'admin.reasonTemplates.kinds.' + data.reasonKind | translate }}</p>
        <mat-form-field appearance="outline" class="wide">
          <mat-label>{{ 'admin.reasonTemplates.textVi' | translate }}</mat-label>
          <textarea
            matInput
            formControlName="textVi"
            lang="vi"
            cdkFocusInitial
            cdkTextareaAutosize
            cdkAutosizeMinRows="2"
            [maxlength]="maxLength"
            required
          ></textarea>
          <mat-hint align="end">{{ form.controls.textVi.value.length }} / {{ maxLength }}</mat-hint>
          <mat-error>{{ form.controls.textVi.errors | validationMessage: 'textVi' : language() }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" class="wide">
          <mat-label>{{ 'admin.reasonTemplates.textEn' | translate }}</mat-label>
          <textarea
            matInput
            formControlName="textEn"
            lang="en"
            cdkTextareaAutosize
            cdkAutosizeMinRows="2"
            [maxlength]="maxLength"
            required
          ></textarea>
          <mat-hint align="end">{{ form.controls.textEn.value.length }} / {{ maxLength }}</mat-hint>
          <mat-error>{{ form.controls.textEn.errors | validationMessage: 'textEn' : language() }}</mat-error>
        </mat-form-field>
        @if (data.template) {
          <mat-checkbox formControlName="active">{{
            'admin.reasonTemplates.activeLabel' | translate
          }}</mat-checkbox>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit">{{ 'admin.reasonTemplates.save' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .wide {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReasonTemplateDialog {
  private readonly dialogRef = inject<MatDialogRef<ReasonTemplateDialog, ReasonTemplateForm>>(MatDialogRef);

  protected readonly data = inject<ReasonTemplateDialogData>(MAT_DIALOG_DATA);
  protected readonly language = inject(LanguageState).current;
  protected readonly maxLength = MAX_REASON_TEMPLATE_LENGTH;
  protected readonly form = new FormGroup({
    textVi: new FormControl(this.data.template?.textVi ?? '', {
      nonNullable: true,
      validators: zodValidator(ReasonTemplateCreation.shape.textVi),
    }),
    textEn: new FormControl(this.data.template?.textEn ?? '', {
      nonNullable: true,
      validators: zodValidator(ReasonTemplateCreation.shape.textEn),
    }),
    active: new FormControl(this.data.template?.active ?? true, { nonNullable: true }),
  });

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    const { textVi, textEn, active } = this.form.getRawValue();
    this.dialogRef.close({ textVi: normalizeText(textVi), textEn: normalizeText(textEn), active });
  }
}
