import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import type { BusinessVehicleView } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { BusinessesApi } from '../../../core/api/businesses-api';
import { ReferenceDataApi } from '../../../core/api/reference-data-api';
import { DateOnlyPipe } from '../../../shared/dates/date-only.pipe';
import { BusinessNav } from '../shared/business-nav';
import { CurrentBusiness } from '../shared/current-business';
import { RecordList } from '../shared/record-list';
import { RequestAlertView } from '../shared/request-alert-view';
import { VehicleEditorDialog, type VehicleEditorData } from './vehicle-editor-dialog';

/**
 * The company's vehicles, which staff pick from when filing. A vehicle whose transport licence
 * has expired stays listed, marked expired, and a declaration naming it is rejected.
 */
@Component({
  selector: 'sg-vehicles-page',
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
  templateUrl: './vehicles-page.html',
  styleUrl: '../shared/business-page.scss',
})
export class VehiclesPage {
  private readonly dialog = inject(MatDialog);
  private readonly countries = toSignal(inject(ReferenceDataApi).countries$, { initialValue: [] });

  protected readonly current = inject(CurrentBusiness);
  protected readonly list = new RecordList<BusinessVehicleView>(
    inject(BusinessesApi),
    this.dialog,
    this.current,
    'vehicles',
  );

  constructor() {
    effect(() => {
      if (this.current.business()) {
        void this.list.load();
      }
    });
  }

  protected async edit(vehicle: BusinessVehicleView | null): Promise<void> {
    const editor = this.dialog.open<VehicleEditorDialog, VehicleEditorData, BusinessVehicleView>(
      VehicleEditorDialog,
      {
        data: { businessId: this.current.id(), vehicle, countries: this.countries() },
        maxWidth: '95vw',
        width: '560px',
      },
    );
    if (await firstValueFrom(editor.afterClosed())) {
      await this.list.load();
    }
  }
}
