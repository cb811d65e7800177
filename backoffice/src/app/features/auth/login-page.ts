import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ErrorHandler, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { OfficerLogin } from '@smartgate/shared-models';

import { AuthState } from '../../core/auth/auth-state';
import { safeReturnUrl } from '../../core/auth/return-url';
import { isProblemOfType } from '../../core/errors/problem';
import { LanguageState } from '../../core/i18n/language-state';
import { zodValidator } from '../../shared/forms/zod-validator';
import { ValidationMessagePipe } from '../../shared/forms/validation-message.pipe';

/** The officers' sign-in page. */
@Component({
  selector: 'sg-login-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
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

  /** The page to open after signing in, from the `returnUrl` query parameter that the guard sets. */
  readonly returnUrl = input<string>();

  protected readonly language = inject(LanguageState).current;
  protected readonly signingIn = signal(false);
  protected readonly failureMessageKey = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', zodValidator(OfficerLogin.shape.username)],
    password: ['', zodValidator(OfficerLogin.shape.password)],
  });

  protected async signIn(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    this.signingIn.set(true);
    this.failureMessageKey.set(null);

    try {
      await this.auth.login(this.form.getRawValue());
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error) {
      this.failureMessageKey.set(this.failureMessageKeyFor(error));
    } finally {
      this.signingIn.set(false);
    }
  }

  private failureMessageKeyFor(error: unknown): string {
    if (isProblemOfType(error, 'invalid-credentials')) {
      return 'auth.login.invalidCredentials';
    }
    if (error instanceof HttpErrorResponse && error.status === 429) {
      return 'auth.login.tooManyAttempts';
    }

    this.errorHandler.handleError(error);
    return 'auth.login.failed';
  }
}
