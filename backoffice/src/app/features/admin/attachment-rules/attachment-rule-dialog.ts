import { TextFieldModule } from '@angular/cdk/text-field';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule, type AbstractControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  AttachmentRuleInput,
  AttachmentRuleUpdate,
  issueMessageKey,
  type AttachmentRule,
} from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';
import type { z } from 'zod';

import { isProblemOfType, readProblem } from '../../../core/errors/problem';
import { describeApiError } from '../../../core/errors/problem-message';
import { LanguageState } from '../../../core/i18n/language-state';
import { ValidationMessagePipe } from '../../../shared/forms/validation-message.pipe';
import {
  ATTACHMENT_TYPES,
  RULE_DIRECTIONS,
  RULE_HS_CONTROLS,
  createRuleForm,
  resetRuleForm,
  ruleFormInput,
} from './attachment-rule-form';
import { AttachmentRulesApi } from './attachment-rules-api';
import { AttachmentRulesState } from './attachment-rules-state';

/** The rule to edit, or none to add a new one. */
export interface AttachmentRuleDialogData {
  rule?: AttachmentRule;
}

/** Maximum length of a note, as in the shared schema. */
const MAX_NOTE_LENGTH = 500;

/**
 * Dialog adding an attachment rule or editing one. It checks the rule with the shared schema,
 * saves it, and closes with the stored rule, or with nothing when cancelled. When another
 * administrator changed the rule first, it shows the conflict and offers to load the current rule.
 */
@Component({
  selector: 'sg-attachment-rule-dialog',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TextFieldModule,
    TranslatePipe,
    ValidationMessagePipe,
  ],
  templateUrl: './attachment-rule-dialog.html',
  styleUrl: './attachment-rule-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttachmentRuleDialog {
  private readonly api = inject(AttachmentRulesApi);
  private readonly state = inject(AttachmentRulesState);
  private readonly translate = inject(TranslateService);
  private readonly dialogRef = inject<MatDialogRef<AttachmentRuleDialog, AttachmentRule>>(MatDialogRef);

  protected readonly data = inject<AttachmentRuleDialogData>(MAT_DIALOG_DATA);
  protected readonly language = inject(LanguageState).current;
  /** The rule as last loaded; its version is the one a save sends. */
  protected readonly current = signal(this.data.rule);
  protected readonly form = createRuleForm(this.data.rule);
  protected readonly attachmentTypes = ATTACHMENT_TYPES;
  protected readonly directions = RULE_DIRECTIONS;
  protected readonly hsControls = RULE_HS_CONTROLS;
  protected readonly maxNoteLength = MAX_NOTE_LENGTH;
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly conflict = signal(false);
  protected readonly reloaded = signal(false);

  protected async saveRule(): Promise<void> {
    this.failure.set(null);
    this.reloaded.set(false);
    this.clearFieldErrors();
    const parsed = this.parseForm();
    if (!parsed.success) {
      parsed.error.issues.forEach((issue) => this.markField(String(issue.path[0]), issueMessageKey(issue)));
      return;
    }

    this.saving.set(true);
    try {
      this.dialogRef.close(await firstValueFrom(this.send(parsed.data)));
    } catch (error) {
      this.showSaveError(error);
    } finally {
      this.saving.set(false);
    }
  }

  /** Loads the rules again and fills the form with this rule's current values and version. */
  protected async loadCurrentRule(): Promise<void> {
    const id = this.current()?.id;
    if (!id || !(await this.state.load())) {
      this.failure.set(this.translate.instant('admin.attachmentRules.loadFailed'));
      return;
    }

    const rule = this.state.find(id);
    if (!rule) {
      this.failure.set(this.translate.instant('admin.attachmentRules.loadFailed'));
      return;
    }
    this.current.set(rule);
    resetRuleForm(this.form, rule);
    this.conflict.set(false);
    this.reloaded.set(true);
  }

  /** Checks the form with the schema of a new rule, or of a change at the loaded version. */
  private parseForm(): z.ZodSafeParseResult<AttachmentRuleInput | AttachmentRuleUpdate> {
    const input = ruleFormInput(this.form);
    const rule = this.current();
    return rule
      ? AttachmentRuleUpdate.safeParse({ ...input, version: rule.version })
      : AttachmentRuleInput.safeParse(input);
  }

  private send(input: AttachmentRuleInput | AttachmentRuleUpdate) {
    const rule = this.current();
    return rule && 'version' in input ? this.api.update(rule.id, input) : this.api.create(input);
  }

  /** Shows a conflict with its own message, field errors on their fields, and anything else above the form. */
  private showSaveError(error: unknown): void {
    if (isProblemOfType(error, 'version-conflict')) {
      this.conflict.set(true);
      return;
    }

    const fieldErrors = readProblem(error)?.errors ?? [];
    fieldErrors.forEach((fieldError) => this.markField(fieldError.path.split('.')[0], fieldError.code));
    if (fieldErrors.length === 0) {
      this.failure.set(
        describeApiError(error, this.translate) ?? this.translate.instant('problems.internal-error'),
      );
    }
  }

  /** Drops the errors of the last save, which the controls keep until their value changes. */
  private clearFieldErrors(): void {
    Object.values(this.form.controls).forEach((control) => control.updateValueAndValidity());
  }

  /**
   * Puts an error on the control of a field, keyed by its message key as the validation pipe
   * reads it. A field keeps its first error, which names the cause.
   */
  private markField(field: string, key: string): void {
    const control: AbstractControl | null = this.form.get(field);
    if (!control) {
      this.failure.set(this.translate.instant('admin.attachmentRules.saveFailed'));
      return;
    }
    if (!control.errors) {
      control.setErrors({ [key]: true });
    }
    control.markAsTouched();
  }
}
