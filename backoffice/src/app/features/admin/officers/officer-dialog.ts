import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  GateCodeList,
  OFFICER_ROLES,
  OfficerCreation,
  OfficerRole,
  OfficerUsername,
  type Gate,
  type OfficerAccount,
  type OfficerWithInitialPassword,
} from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { describeApiError } from '../../../core/errors/problem-message';
import { isProblemOfType } from '../../../core/errors/problem';
import { LanguageState } from '../../../core/i18n/language-state';
import { applyServerFieldErrors } from '../../../shared/forms/server-field-errors';
import { ValidationMessagePipe } from '../../../shared/forms/validation-message.pipe';
import { zodValidator } from '../../../shared/forms/zod-validator';
import { OfficersApi } from './officers-api';

/** The officer to edit, or none for a new one, and the gates to choose from. */
export interface OfficerDialogData {
  officer?: OfficerAccount;
  gates: Gate[];
}

/** Result of the dialog: the created officer with their password, or the changed officer. */
export type OfficerDialogResult =
  { kind: 'created'; created: OfficerWithInitialPassword } | { kind: 'updated'; officer: OfficerAccount };

/** Creates an officer, or changes an officer's name, role and gates. The username is fixed once created. */
@Component({
  selector: 'sg-officer-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslatePipe,
    ValidationMessagePipe,
  ],
  templateUrl: './officer-dialog.html',
  styles: `
    .officer-form {
      display: flex;
      flex-direction: column;
      gap: 4px;
      min-width: min(420px, 80vw);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfficerDialog {
  private readonly api = inject(OfficersApi);
  private readonly translate = inject(TranslateService);
  private readonly dialogRef = inject<MatDialogRef<OfficerDialog, OfficerDialogResult>>(MatDialogRef);

  protected readonly data = inject<OfficerDialogData>(MAT_DIALOG_DATA);
  protected readonly language = inject(LanguageState).current;
  protected readonly roles = OFFICER_ROLES;
  protected readonly editing = this.data.officer !== undefined;
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly gateOptions = computed(() =>
    this.data.gates.map((gate) => ({
      code: gate.code,
      name: this.language() === 'vi' ? gate.nameVi : gate.nameEn,
    })),
  );
  protected readonly form = inject(NonNullableFormBuilder).group({
    username: [
      { value: this.data.officer?.username ?? '', disabled: this.editing },
      zodValidator(OfficerUsername),
    ],
    fullName: [this.data.officer?.fullName ?? '', zodValidator(OfficerCreation.shape.fullName)],
    role: [this.data.officer?.role ?? ('reviewer' as OfficerRole), zodValidator(OfficerRole)],
    gateCodes: [this.data.officer?.gateCodes ?? ([] as string[]), zodValidator(GateCodeList)],
  });

  protected async saveOfficer(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    this.saving.set(true);
    this.failure.set(null);
    try {
      this.dialogRef.close(await this.send());
    } catch (error) {
      this.showFailure(error);
    } finally {
      this.saving.set(false);
    }
  }

  private async send(): Promise<OfficerDialogResult> {
    const { username, fullName, role, gateCodes } = this.form.getRawValue();
    if (this.data.officer) {
      const officer = await firstValueFrom(
        this.api.update(this.data.officer.id, { fullName, role, gateCodes }),
      );
      return { kind: 'updated', officer };
    }
    const created = await firstValueFrom(this.api.create({ username, fullName, role, gateCodes }));
    return { kind: 'created', created };
  }

  private showFailure(error: unknown): void {
    if (isProblemOfType(error, 'username-taken')) {
      this.form.controls.username.setErrors({ usernameTaken: true });
      this.failure.set(this.translate.instant('problems.username-taken'));
      return;
    }
    if (!applyServerFieldErrors(this.form, error)) {
      this.failure.set(
        describeApiError(error, this.translate) ?? this.translate.instant('admin.officers.saveFailed'),
      );
    }
  }
}
