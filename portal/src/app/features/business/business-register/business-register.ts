import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { BusinessRegistration } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { BusinessesApi } from '../../../core/api/businesses-api';
import { problemOf } from '../../../core/http/problem';
import { focusFirstInvalidField } from '../../../shared/forms/focus-first-invalid';
import { applyFieldErrors, applySchemaIssues, clearIssues } from '../../../shared/forms/form-issues';
import { createBusinessDetailsForm } from '../shared/business-details-form';
import { BusinessDetailsFields } from '../shared/business-details-fields';
import { requestAlert, type RequestAlert } from '../shared/request-alert';
import { RequestAlertView } from '../shared/request-alert-view';

/**
 * Registers a company by its tax code; the applicant becomes its administrator. A tax code that
 * another company registered is refused with the advice to ask that company for an invitation.
 */
@Component({
  selector: 'sg-business-register',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe, BusinessDetailsFields, RequestAlertView],
  templateUrl: './business-register.html',
  styleUrl: '../shared/business-page.scss',
})
export class BusinessRegister {
  private readonly api = inject(BusinessesApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = createBusinessDetailsForm();
  protected readonly saving = signal(false);
  protected readonly alert = signal<RequestAlert | null>(null);

  protected async register(): Promise<void> {
    clearIssues(this.form);
    this.alert.set(null);

    const parsed = BusinessRegistration.safeParse(this.form.getRawValue());
    if (!parsed.success) {
      applySchemaIssues(this.form, parsed.error.issues);
      focusFirstInvalidField(this.host.nativeElement, this.injector);
      return;
    }

    this.saving.set(true);
    try {
      const business = await firstValueFrom(this.api.register(parsed.data));
      await this.router.navigate(['/business', business.id]);
    } catch (error) {
      applyFieldErrors(this.form, problemOf(error)?.errors ?? []);
      this.alert.set(requestAlert(error));
      focusFirstInvalidField(this.host.nativeElement, this.injector);
    } finally {
      this.saving.set(false);
    }
  }
}
