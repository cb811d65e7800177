import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { formatHsCode, type DeclarationView } from '@smartgate/shared-models';

import type { BusinessCargoDeclarations } from '../../../core/api/cargo-declarations-api';
import { CargoReferenceApi } from '../../../core/api/cargo-reference-api';
import { ReferenceDataApi } from '../../../core/api/reference-data-api';
import { LanguageService } from '../../../core/i18n/language.service';
import { DateOnlyPipe } from '../../../shared/dates/date-only.pipe';
import { TimestampPipe } from '../../../shared/dates/timestamp.pipe';
import { ChangeRequestHistory } from '../../declarations/change-requests/change-request-history';
import { ReferenceCodePanel } from '../../declarations/reference-code/reference-code-panel';
import { nameForCode } from '../../declarations/reference-names';
import { StatusChip } from '../../declarations/status-chip';
import { CargoAttachments } from '../attachments/cargo-attachments';
import { GoodsTotalsPanel } from '../goods-lines/goods-totals-panel';

/**
 * A submitted cargo declaration, read-only: its status and outcome, the result PDF once issued,
 * and the truck crossing as declared, goods lines and totals included.
 */
@Component({
  selector: 'sg-cargo-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    DateOnlyPipe,
    TimestampPipe,
    StatusChip,
    ReferenceCodePanel,
    ChangeRequestHistory,
    CargoAttachments,
    GoodsTotalsPanel,
  ],
  templateUrl: './cargo-detail.html',
  styleUrl: './cargo-detail.scss',
})
export class CargoDetail {
  private readonly language = inject(LanguageService);
  private readonly referenceData = inject(ReferenceDataApi);

  readonly declaration = input.required<DeclarationView>();
  readonly store = input.required<BusinessCargoDeclarations>();

  private readonly gates = toSignal(this.referenceData.gates$, { initialValue: [] });
  private readonly countries = toSignal(this.referenceData.countries$, { initialValue: [] });
  private readonly units = toSignal(inject(CargoReferenceApi).units$, { initialValue: [] });

  protected readonly cargo = computed(() => this.declaration().cargo ?? null);
  protected readonly resultPdfUrl = computed(() => this.store().resultPdfUrl(this.declaration().id));
  protected readonly gateName = computed(() =>
    nameForCode(this.gates(), this.declaration().data.gateCode, this.language.current()),
  );
  protected readonly lineValues = computed(
    () => (this.cargo()?.goodsLines ?? []) as Record<string, string | undefined>[],
  );

  /** Nothing to save: the declaration is stored and no longer editable. */
  protected readonly noSave = async () => this.declaration();

  protected countryName(code: string | null | undefined): string {
    return nameForCode(this.countries(), code, this.language.current());
  }

  protected unitName(code: string | undefined): string {
    return nameForCode(this.units(), code, this.language.current());
  }

  protected hsCode(code: string | undefined): string {
    return code ? formatHsCode(code) : '';
  }
}
