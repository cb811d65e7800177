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
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ApplicantRegistration } from '@smartgate/shared-models';

import { ApplicantSession } from '../../core/auth/applicant-session';
import { safeReturnUrl } from '../../core/auth/return-url';
import { errorMessageKey } from '../../core/errors/error-message';
import { problemOf } from '../../core/http/problem';
import { LanguageService } from '../../core/i18n/language.service';
import { AriaInvalid } from '../../shared/forms/aria-invalid';
import { FieldError } from '../../shared/forms/field-error';
import { focusFirstInvalidField } from '../../shared/forms/focus-first-invalid';
import { applyFieldErrors, applySchemaIssues, clearIssues } from '../../shared/forms/form-issues';

/** Sign-up for applicants. A new account is signed in at once. */
@Component({
  selector: 'sg-register',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldError,
    AriaInvalid,
  ],
  templateUrl: './register.html',
  styleUrl: './auth-form.scss',
})
export class Register {
  private readonly session = inject(ApplicantSession);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageService);

  /** The page to open after signing up, from the `returnUrl` query parameter, such as an invitation's page. */
  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: [''],
    password: [''],
    fullName: [''],
    preferredLanguage: [this.language.current()],
  });

  protected readonly saving = signal(false);
  protected readonly alertKey = signal<string | null>(null);

  protected async register(): Promise<void> {
    clearIssues(this.form);
    this.alertKey.set(null);

    const parsed = ApplicantRegistration.safeParse(this.form.getRawValue());
    if (!parsed.success) {
      applySchemaIssues(this.form, parsed.error.issues);
      focusFirstInvalidField(this.host.nativeElement, this.injector);
      return;
    }

    this.saving.set(true);
    try {
      await this.session.register(parsed.data);
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error) {
      applyFieldErrors(this.form, problemOf(error)?.errors ?? []);
      this.alertKey.set(errorMessageKey(error));
    } finally {
      this.saving.set(false);
    }
  }
}
