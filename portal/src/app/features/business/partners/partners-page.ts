import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import type { BusinessPartnerView } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { BusinessesApi } from '../../../core/api/businesses-api';
import { localizedName } from '../../../core/api/localized-name';
import { ReferenceDataApi } from '../../../core/api/reference-data-api';
import { LanguageService } from '../../../core/i18n/language.service';
import { BusinessNav } from '../shared/business-nav';
import { CurrentBusiness } from '../shared/current-business';
import { RecordList } from '../shared/record-list';
import { RequestAlertView } from '../shared/request-alert-view';
import { PartnerEditorDialog, type PartnerEditorData } from './partner-editor-dialog';

/** The company's regular trading partners across the border, picked as the counterpart of a declaration. */
@Component({
  selector: 'sg-partners-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule, TranslatePipe, BusinessNav, RequestAlertView],
  providers: [CurrentBusiness],
  templateUrl: './partners-page.html',
  styleUrl: '../shared/business-page.scss',
})
export class PartnersPage {
  private readonly dialog = inject(MatDialog);
  private readonly language = inject(LanguageService);
  private readonly countries = toSignal(inject(ReferenceDataApi).countries$, { initialValue: [] });

  protected readonly current = inject(CurrentBusiness);
  protected readonly list = new RecordList<BusinessPartnerView>(
    inject(BusinessesApi),
    this.dialog,
    this.current,
    'partners',
  );

  constructor() {
    effect(() => {
      if (this.current.business()) {
        void this.list.load();
      }
    });
  }

  protected countryName(code: string): string {
    const country = this.countries().find((candidate) => candidate.code === code);
    return country ? localizedName(country, this.language.current()) : code;
  }

  protected async edit(partner: BusinessPartnerView | null): Promise<void> {
    const editor = this.dialog.open<PartnerEditorDialog, PartnerEditorData, BusinessPartnerView>(
      PartnerEditorDialog,
      {
        data: { businessId: this.current.id(), partner, countries: this.countries() },
        maxWidth: '95vw',
        width: '560px',
      },
    );
    if (await firstValueFrom(editor.afterClosed())) {
      await this.list.load();
    }
  }
}
