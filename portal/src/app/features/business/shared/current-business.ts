import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import type { BusinessView } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { BusinessesApi } from '../../../core/api/businesses-api';
import { requestAlert, type RequestAlert } from './request-alert';

/**
 * The business of the page's `:businessId`, loaded when the id changes. For a business the applicant
 * does not belong to the API returns 404, which the page shows as its alert.
 */
@Injectable()
export class CurrentBusiness {
  private readonly api = inject(BusinessesApi);

  readonly business = signal<BusinessView | null>(null);
  readonly alert = signal<RequestAlert | null>(null);
  readonly id = signal('');

  constructor() {
    const subscription = inject(ActivatedRoute).paramMap.subscribe((params) => {
      this.id.set(params.get('businessId') ?? '');
      void this.reload();
    });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  /** Loads the business again, such as after an edit. */
  async reload(): Promise<void> {
    try {
      this.business.set(await firstValueFrom(this.api.get(this.id())));
      this.alert.set(null);
    } catch (error) {
      this.business.set(null);
      this.alert.set(requestAlert(error));
    }
  }

  /** True when the signed-in applicant administers the business. */
  isAdministrator(): boolean {
    return this.business()?.role === 'administrator';
  }
}
