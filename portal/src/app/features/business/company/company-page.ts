import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { BusinessDetails } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { BusinessesApi } from '../../../core/api/businesses-api';
import { problemOf } from '../../../core/http/problem';
import { focusFirstInvalidField } from '../../../shared/forms/focus-first-invalid';
import { applyFieldErrors, applySchemaIssues, clearIssues } from '../../../shared/forms/form-issues';
import { createBusinessDetailsForm, type BusinessDetailsForm } from '../shared/business-details-form';
import { BusinessDetailsFields } from '../shared/business-details-fields';
import { BusinessNav } from '../shared/business-nav';
import { CurrentBusiness } from '../shared/current-business';
import { requestAlert, type RequestAlert } from '../shared/request-alert';
import { RequestAlertView } from '../shared/request-alert-view';

/**
 * The company's page: its details, which an administrator edits. An edit saved meanwhile by
 * another administrator is reported as a conflict. The typed values stay in the form and the page
 * shows the stored details, so the administrator can compare them and save again.
 */
@Component({
  selector: 'sg-company-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    BusinessDetailsFields,
    BusinessNav,
    RequestAlertView,
  ],
  providers: [CurrentBusiness],
  templateUrl: './company-page.html',
  styleUrl: '../shared/business-page.scss',
})
export class CompanyPage {
  private readonly api = inject(BusinessesApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly current = inject(CurrentBusiness);
  protected readonly form = signal<BusinessDetailsForm | null>(null);
  protected readonly saving = signal(false);
  protected readonly alert = signal<RequestAlert | null>(null);

  protected startEditing(): void {
    this.alert.set(null);
    this.form.set(createBusinessDetailsForm(this.current.business() ?? undefined));
  }

  protected cancelEditing(): void {
    this.form.set(null);
  }

  protected async save(): Promise<void> {
    const form = this.form();
    const business = this.current.business();
    if (!form || !business) {
      return;
    }
    clearIssues(form);
    this.alert.set(null);

    const parsed = BusinessDetails.safeParse(form.getRawValue());
    if (!parsed.success) {
      applySchemaIssues(form, parsed.error.issues);
      focusFirstInvalidField(this.host.nativeElement, this.injector);
      return;
    }

    this.saving.set(true);
    try {
      this.current.business.set(
        await firstValueFrom(this.api.update(business.id, business.version, parsed.data)),
      );
      this.form.set(null);
    } catch (error) {
      applyFieldErrors(form, problemOf(error)?.errors ?? []);
      this.alert.set(requestAlert(error));
      if (problemOf(error)?.status === 409) {
        await this.current.reload();
      }
    } finally {
      this.saving.set(false);
    }
  }
}
