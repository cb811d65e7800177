import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import type { DeclarationView } from '@smartgate/shared-models';

import { DeclarationsApi } from '../../../core/api/declarations-api';
import { ReferenceDataApi } from '../../../core/api/reference-data-api';
import { LanguageService } from '../../../core/i18n/language.service';
import { DateOnlyPipe } from '../../../shared/dates/date-only.pipe';
import { TimestampPipe } from '../../../shared/dates/timestamp.pipe';
import { ChangeRequestHistory } from '../change-requests/change-request-history';
import { ReferenceCodePanel } from '../reference-code/reference-code-panel';
import { nameForCode } from '../reference-names';
import { StatusChip } from '../status-chip';
import { DeclarationWarnings } from './declaration-warnings';
import { VehicleSummary } from './vehicle-summary';

/** A submitted declaration, read-only: its status, the officer's decision and the result once issued. */
@Component({
  selector: 'sg-declaration-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    DateOnlyPipe,
    TimestampPipe,
    StatusChip,
    ChangeRequestHistory,
    ReferenceCodePanel,
    DeclarationWarnings,
    VehicleSummary,
  ],
  templateUrl: './declaration-detail.html',
  styleUrl: './declaration-detail.scss',
})
export class DeclarationDetail {
  private readonly api = inject(DeclarationsApi);
  private readonly language = inject(LanguageService);
  private readonly referenceData = inject(ReferenceDataApi);

  readonly declaration = input.required<DeclarationView>();

  private readonly gates = toSignal(this.referenceData.gates$, { initialValue: [] });
  private readonly purposes = toSignal(this.referenceData.purposes$, { initialValue: [] });
  private readonly countries = toSignal(this.referenceData.countries$, { initialValue: [] });

  protected readonly resultPdfUrl = computed(() => this.api.resultPdfUrl(this.declaration().id));

  protected readonly gateName = computed(() =>
    nameForCode(this.gates(), this.declaration().data.gateCode, this.language.current()),
  );

  protected readonly purposeName = computed(() =>
    nameForCode(this.purposes(), this.declaration().data.purposeCode, this.language.current()),
  );

  protected countryName(code: string | undefined): string {
    return nameForCode(this.countries(), code, this.language.current());
  }
}
