import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import type { BusinessDriverView } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { BusinessesApi } from '../../../core/api/businesses-api';
import { ReferenceDataApi } from '../../../core/api/reference-data-api';
import { DateOnlyPipe } from '../../../shared/dates/date-only.pipe';
import { BusinessNav } from '../shared/business-nav';
import { CurrentBusiness } from '../shared/current-business';
import { RecordList } from '../shared/record-list';
import { RequestAlertView } from '../shared/request-alert-view';
import { DriverEditorDialog, type DriverEditorData } from './driver-editor-dialog';

/** The company's drivers, with the documents they cross with; staff pick the driver and crew from them. */
@Component({
  selector: 'sg-drivers-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    DateOnlyPipe,
    BusinessNav,
    RequestAlertView,
  ],
  providers: [CurrentBusiness],
  templateUrl: './drivers-page.html',
  styleUrl: '../shared/business-page.scss',
})
export class DriversPage {
  private readonly dialog = inject(MatDialog);
  private readonly countries = toSignal(inject(ReferenceDataApi).countries$, { initialValue: [] });

  protected readonly current = inject(CurrentBusiness);
  protected readonly list = new RecordList<BusinessDriverView>(
    inject(BusinessesApi),
    this.dialog,
    this.current,
    'drivers',
  );

  constructor() {
    effect(() => {
      if (this.current.business()) {
        void this.list.load();
      }
    });
  }

  protected async edit(driver: BusinessDriverView | null): Promise<void> {
    const editor = this.dialog.open<DriverEditorDialog, DriverEditorData, BusinessDriverView>(
      DriverEditorDialog,
      {
        data: { businessId: this.current.id(), driver, countries: this.countries() },
        maxWidth: '95vw',
        width: '720px',
      },
    );
    if (await firstValueFrom(editor.afterClosed())) {
      await this.list.load();
    }
  }
}
