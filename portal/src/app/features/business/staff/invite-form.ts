import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import {
  BusinessInvitationInput,
  type BusinessInvitationView,
  type BusinessRole,
} from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { BusinessesApi } from '../../../core/api/businesses-api';
import { problemOf } from '../../../core/http/problem';
import { LanguageService } from '../../../core/i18n/language.service';
import { AriaInvalid } from '../../../shared/forms/aria-invalid';
import { FieldError } from '../../../shared/forms/field-error';
import { focusFirstInvalidField } from '../../../shared/forms/focus-first-invalid';
import { applyFieldErrors, applySchemaIssues, clearIssues } from '../../../shared/forms/form-issues';
import { requestAlert, type RequestAlert } from '../shared/request-alert';
import { RequestAlertView } from '../shared/request-alert-view';

/**
 * Invites a person by e-mail. The e-mail is written in the chosen language, unless the address
 * already has an account, whose own language wins. Its link works once, for 7 days.
 */
@Component({
  selector: 'sg-invite-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldError,
    AriaInvalid,
    RequestAlertView,
  ],
  templateUrl: './invite-form.html',
  styleUrl: '../shared/business-form.scss',
})
export class InviteForm {
  private readonly api = inject(BusinessesApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageService);

  readonly businessId = input.required<string>();
  /** Emits the invitation once the API stored it and queued its e-mail. */
  readonly invited = output<BusinessInvitationView>();

  protected readonly roles: readonly BusinessRole[] = ['staff', 'administrator'];
  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true }),
    role: new FormControl<BusinessRole>('staff', { nonNullable: true }),
    language: new FormControl(this.language.current(), { nonNullable: true }),
  });
  protected readonly sending = signal(false);
  protected readonly alert = signal<RequestAlert | null>(null);
  protected readonly sentTo = signal<string | null>(null);

  protected async invite(): Promise<void> {
    clearIssues(this.form);
    this.alert.set(null);
    this.sentTo.set(null);

    const parsed = BusinessInvitationInput.safeParse(this.form.getRawValue());
    if (!parsed.success) {
      applySchemaIssues(this.form, parsed.error.issues);
      focusFirstInvalidField(this.host.nativeElement, this.injector);
      return;
    }

    this.sending.set(true);
    try {
      const invitation = await firstValueFrom(this.api.invite(this.businessId(), parsed.data));
      this.sentTo.set(invitation.email);
      this.form.controls.email.reset('');
      this.invited.emit(invitation);
    } catch (error) {
      applyFieldErrors(this.form, problemOf(error)?.errors ?? []);
      this.alert.set(requestAlert(error));
    } finally {
      this.sending.set(false);
    }
  }
}
