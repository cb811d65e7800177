import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { BusinessView } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { BusinessesApi } from '../../../core/api/businesses-api';
import { requestAlert, type RequestAlert } from '../shared/request-alert';
import { RequestAlertView } from '../shared/request-alert-view';

/** "My companies": the businesses the applicant files cargo for, and the way to register one. */
@Component({
  selector: 'sg-business-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe, RequestAlertView],
  templateUrl: './business-list.html',
  styleUrl: '../shared/business-page.scss',
})
export class BusinessList {
  private readonly api = inject(BusinessesApi);

  protected readonly businesses = signal<BusinessView[] | null>(null);
  protected readonly alert = signal<RequestAlert | null>(null);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.businesses.set(await firstValueFrom(this.api.list()));
    } catch (error) {
      this.alert.set(requestAlert(error));
    }
  }
}
