import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  inject,
  input,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ApplicantLogin } from '@smartgate/shared-models';

import { ApplicantSession } from '../../core/auth/applicant-session';
import { safeReturnUrl } from '../../core/auth/return-url';
import { errorMessageKey } from '../../core/errors/error-message';
import { problemOf } from '../../core/http/problem';
import { AriaInvalid } from '../../shared/forms/aria-invalid';
import { FieldError } from '../../shared/forms/field-error';
import { focusFirstInvalidField } from '../../shared/forms/focus-first-invalid';
import { applyFieldErrors, applySchemaIssues, clearIssues } from '../../shared/forms/form-issues';

/** Sign-in for applicants. Afterwards they return to the page the guard stopped them at, or to their declarations. */
@Component({
  selector: 'sg-login',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldError,
    AriaInvalid,
  ],
  templateUrl: './login.html',
  styleUrl: './auth-form.scss',
})
export class Login {
  private readonly session = inject(ApplicantSession);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** The page to open after signing in, from the `returnUrl` query parameter. */
  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: [''],
    password: [''],
  });

  protected readonly saving = signal(false);
  protected readonly alertKey = signal<string | null>(null);

  protected async signIn(): Promise<void> {
    clearIssues(this.form);
    this.alertKey.set(null);

    const parsed = ApplicantLogin.safeParse(this.form.getRawValue());
    if (!parsed.success) {
      applySchemaIssues(this.form, parsed.error.issues);
      focusFirstInvalidField(this.host.nativeElement, this.injector);
      return;
    }

    this.saving.set(true);
    try {
      await this.session.login(parsed.data);
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error) {
      applyFieldErrors(this.form, problemOf(error)?.errors ?? []);
      this.alertKey.set(errorMessageKey(error));
    } finally {
      this.saving.set(false);
    }
  }
}
