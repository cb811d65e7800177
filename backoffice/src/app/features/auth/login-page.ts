import {
  ChangeDetectionStrategy,
  Component,
  ErrorHandler,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { OfficerLogin, TotpCode, type OfficerSignInResult, type TotpSetup } from '@smartgate/shared-models';

import { AuthState } from '../../core/auth/auth-state';
import { safeReturnUrl } from '../../core/auth/return-url';
import { LanguageState } from '../../core/i18n/language-state';
import { ValidationMessagePipe } from '../../shared/forms/validation-message.pipe';
import { zodValidator } from '../../shared/forms/zod-validator';
import { describeSignInFailure, type SignInFailure } from './sign-in-failure';
import { TotpSetupPanel } from './totp-setup-panel';

/** The steps of a sign-in: the password, then the current code, or on the first sign-in the setup of an authenticator. */
type SignInStep = 'password' | 'code' | 'setup';

/** The officers' sign-in page: password first, then the TOTP code of the authenticator app. */
@Component({
  selector: 'sg-login-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TotpSetupPanel,
    TranslatePipe,
    ValidationMessagePipe,
  ],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly auth = inject(AuthState);
  private readonly router = inject(Router);
  private readonly errorHandler = inject(ErrorHandler);
  private readonly formBuilder = inject(NonNullableFormBuilder);

  /** The page to open after signing in, from the `returnUrl` query parameter that the guard sets. */
  readonly returnUrl = input<string>();

  protected readonly language = inject(LanguageState).current;
  protected readonly step = signal<SignInStep>('password');
  protected readonly setup = signal<TotpSetup | null>(null);
  protected readonly busy = signal(false);
  protected readonly failure = signal<SignInFailure | null>(null);
  protected readonly passwordForm = this.formBuilder.group({
    username: ['', zodValidator(OfficerLogin.shape.username)],
    password: ['', zodValidator(OfficerLogin.shape.password)],
  });
  protected readonly codeForm = this.formBuilder.group({
    code: ['', zodValidator(TotpCode)],
  });
  private readonly codeFormDirective = viewChild('codeFormDirective', { read: FormGroupDirective });

  protected async submitPassword(): Promise<void> {
    if (this.passwordForm.invalid) {
      this.passwordForm.markAllAsTouched();
      return;
    }
    await this.run('password', () => this.auth.login(this.passwordForm.getRawValue()));
  }

  protected async submitCode(): Promise<void> {
    if (this.codeForm.invalid) {
      this.codeForm.markAllAsTouched();
      return;
    }
    await this.run('code', () => this.auth.confirmTotp(this.codeForm.getRawValue().code));
  }

  /** Goes back to the password step, for another account or after a mistake. */
  protected startAgain(): void {
    this.failure.set(null);
    this.showStep('password');
  }

  private async run(step: 'password' | 'code', call: () => Promise<OfficerSignInResult>): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);

    try {
      await this.follow(await call());
    } catch (error) {
      this.fail(describeSignInFailure(error, step), error);
    } finally {
      this.busy.set(false);
    }
  }

  private async follow(result: OfficerSignInResult): Promise<void> {
    if (result.status === 'signed-in') {
      // The guard sends an officer whose password must be changed to the account page first.
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
      return;
    }

    this.setup.set(result.status === 'totp-setup-required' ? result.setup : null);
    this.showStep(result.status === 'totp-setup-required' ? 'setup' : 'code');
  }

  private fail(failure: SignInFailure, error: unknown): void {
    if (failure.unexpected) {
      this.errorHandler.handleError(error);
    }
    if (failure.restart) {
      this.showStep('password');
    }
    this.clearCode();
    this.failure.set(failure);
  }

  private showStep(step: SignInStep): void {
    if (step === 'password') {
      this.passwordForm.controls.password.reset();
      this.setup.set(null);
    }
    this.clearCode();
    this.step.set(step);
  }

  /**
   * Empties the code field and resets the form's submitted state, so the emptied field does not
   * show "missing" beside the server's reason for rejecting the code.
   */
  private clearCode(): void {
    const directive = this.codeFormDirective();
    if (directive) {
      directive.resetForm();
    } else {
      this.codeForm.reset();
    }
  }
}
