import { ChangeDetectionStrategy, Component, ErrorHandler, inject, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentPassword, TotpCode, type OfficerProfile, type TotpSetup } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { OfficerAuthApi } from '../../core/api/officer-auth-api';
import { LanguageState } from '../../core/i18n/language-state';
import { applyServerFieldErrors } from '../../shared/forms/server-field-errors';
import { ValidationMessagePipe } from '../../shared/forms/validation-message.pipe';
import { zodValidator } from '../../shared/forms/zod-validator';
import { TotpSetupPanel } from '../auth/totp-setup-panel';

/**
 * The officer's move to a new authenticator: the current password, then the new secret, which
 * replaces the old one once a code of the new one confirms it.
 */
@Component({
  selector: 'sg-totp-change-form',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TotpSetupPanel,
    TranslatePipe,
    ValidationMessagePipe,
  ],
  template: `
    @if (setup(); as newSetup) {
      <form class="account-form" [formGroup]="codeForm" (ngSubmit)="confirmCode()" novalidate>
        <sg-totp-setup-panel [setup]="newSetup" />
        <mat-form-field appearance="outline">
          <mat-label>{{ 'auth.login.code' | translate }}</mat-label>
          <input matInput formControlName="code" autocomplete="one-time-code" inputmode="numeric" required />
          <mat-error>{{ codeForm.controls.code.errors | validationMessage: 'code' : language() }}</mat-error>
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ 'account.totp.confirm' | translate }}
        </button>
        <button mat-button type="button" (click)="cancel()">{{ 'common.cancel' | translate }}</button>
      </form>
    } @else {
      <form class="account-form" [formGroup]="passwordForm" (ngSubmit)="startChange()" novalidate>
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
            passwordForm.controls.currentPassword.errors | validationMessage: 'currentPassword' : language()
          }}</mat-error>
        </mat-form-field>
        <button mat-stroked-button type="submit" [disabled]="saving()">
          {{ 'account.totp.start' | translate }}
        </button>
      </form>
    }
    @if (failure(); as message) {
      <p class="sg-alert" role="alert">{{ message | translate }}</p>
    }
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
export class TotpChangeForm {
  private readonly api = inject(OfficerAuthApi);
  private readonly errorHandler = inject(ErrorHandler);
  private readonly formBuilder = inject(NonNullableFormBuilder);

  /** Emits the profile once the new authenticator replaced the old one. */
  readonly changed = output<OfficerProfile>();

  protected readonly language = inject(LanguageState).current;
  protected readonly setup = signal<TotpSetup | null>(null);
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly passwordForm = this.formBuilder.group({
    currentPassword: ['', zodValidator(CurrentPassword)],
  });
  protected readonly codeForm = this.formBuilder.group({ code: ['', zodValidator(TotpCode)] });

  protected async startChange(): Promise<void> {
    if (this.passwordForm.invalid) {
      this.passwordForm.markAllAsTouched();
      return;
    }
    await this.save(this.passwordForm, async () => {
      this.setup.set(await firstValueFrom(this.api.startTotpChange(this.passwordForm.getRawValue())));
      this.passwordForm.reset();
    });
  }

  protected async confirmCode(): Promise<void> {
    if (this.codeForm.invalid) {
      this.codeForm.markAllAsTouched();
      return;
    }
    await this.save(this.codeForm, async () => {
      const profile = await firstValueFrom(this.api.confirmTotpChange(this.codeForm.getRawValue().code));
      this.cancel();
      this.changed.emit(profile);
    });
  }

  protected cancel(): void {
    this.setup.set(null);
    this.codeForm.reset();
    this.failure.set(null);
  }

  private async save(
    form: typeof this.passwordForm | typeof this.codeForm,
    call: () => Promise<void>,
  ): Promise<void> {
    this.saving.set(true);
    this.failure.set(null);
    try {
      await call();
    } catch (error) {
      if (!applyServerFieldErrors(form, error)) {
        this.failure.set('account.failed');
        this.errorHandler.handleError(error);
      }
    } finally {
      this.saving.set(false);
    }
  }
}
