import { ChangeDetectionStrategy, Component, ErrorHandler, inject, output, signal } from '@angular/core';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentPassword, NewPassword, type OfficerProfile } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { OfficerAuthApi } from '../../core/api/officer-auth-api';
import { LanguageState } from '../../core/i18n/language-state';
import { applyServerFieldErrors } from '../../shared/forms/server-field-errors';
import { ValidationMessagePipe } from '../../shared/forms/validation-message.pipe';
import { zodValidator } from '../../shared/forms/zod-validator';

/** Fails when the repeated password differs from the new one. */
function sameAsNewPassword(control: AbstractControl): ValidationErrors | null {
  const newPassword = control.parent?.get('newPassword')?.value as string | undefined;
  return control.value === newPassword ? null : { mismatch: true };
}

/** The officer's change of their own password: the current password, then the new one twice. */
@Component({
  selector: 'sg-password-change-form',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslatePipe,
    ValidationMessagePipe,
  ],
  template: `
    <form class="account-form" [formGroup]="form" (ngSubmit)="changePassword()" novalidate>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'account.password.current' | translate }}</mat-label>
        <input
          matInput
          type="password"
          formControlName="currentPassword"
          autocomplete="current-password"
          required
        />
        <mat-error>{{
          form.controls.currentPassword.errors | validationMessage: 'currentPassword' : language()
        }}</mat-error>
      </mat-form-field>

      <mat-form-field appearance="outline">
        <mat-label>{{ 'account.password.new' | translate }}</mat-label>
        <input matInput type="password" formControlName="newPassword" autocomplete="new-password" required />
        <mat-hint>{{ 'account.password.newHint' | translate }}</mat-hint>
        <mat-error>{{
          form.controls.newPassword.errors | validationMessage: 'newPassword' : language()
        }}</mat-error>
      </mat-form-field>

      <mat-form-field appearance="outline">
        <mat-label>{{ 'account.password.repeat' | translate }}</mat-label>
        <input
          matInput
          type="password"
          formControlName="repeatPassword"
          autocomplete="new-password"
          required
        />
        <mat-error>{{ 'account.password.mismatch' | translate }}</mat-error>
      </mat-form-field>

      @if (failure(); as message) {
        <p class="sg-alert" role="alert">{{ message | translate }}</p>
      }
      <button mat-flat-button type="submit" [disabled]="saving()">
        {{ 'account.password.submit' | translate }}
      </button>
    </form>
  `,
  styles: `
    .account-form {
      display: flex;
      flex-direction: column;
      gap: 8px;
      max-width: 420px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordChangeForm {
  private readonly api = inject(OfficerAuthApi);
  private readonly errorHandler = inject(ErrorHandler);

  /** Emits the profile after the change, which no longer requires one. */
  readonly changed = output<OfficerProfile>();

  protected readonly language = inject(LanguageState).current;
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', zodValidator(CurrentPassword)],
    newPassword: ['', zodValidator(NewPassword)],
    repeatPassword: ['', sameAsNewPassword],
  });

  protected async changePassword(): Promise<void> {
    this.form.controls.repeatPassword.updateValueAndValidity();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    this.saving.set(true);
    this.failure.set(null);
    try {
      const { currentPassword, newPassword } = this.form.getRawValue();
      const profile = await firstValueFrom(this.api.changePassword({ currentPassword, newPassword }));
      this.form.reset();
      this.changed.emit(profile);
    } catch (error) {
      if (!applyServerFieldErrors(this.form, error)) {
        this.failure.set('account.failed');
        this.errorHandler.handleError(error);
      }
    } finally {
      this.saving.set(false);
    }
  }
}
