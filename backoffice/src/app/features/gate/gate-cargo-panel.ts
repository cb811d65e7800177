import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { GateCargo } from '@smartgate/shared-models';

import { LanguageState } from '../../core/i18n/language-state';
import { DateOnlyPipe } from '../../shared/format/date-pipes';
import { formatDecimal } from '../../shared/format/decimal-format';
import { DecimalTextPipe } from '../../shared/format/decimal-text.pipe';
import { isLicenceExpired } from '../declarations/cargo/licence-expiry';
import { goodsSummaryText } from './goods-summary';

/** The truck, trailer and goods of a consignment, for the lane officer to check against the truck at the gate. */
@Component({
  selector: 'sg-gate-cargo-panel',
  imports: [DateOnlyPipe, DecimalTextPipe, TranslatePipe],
  template: `
    <dl class="cargo">
      <div>
        <dt>
          {{ 'gate.record.cargoVehicle' | translate }}
          @if (cargo().vehicle.kind; as kind) {
            ({{ 'declarations.cargo.vehicleKinds.' + kind | translate }})
          }
        </dt>
        <dd class="plate vehicle-plate">{{ cargo().vehicle.plateNumber }}</dd>
      </div>
      <div>
        <dt>{{ 'gate.record.trailer' | translate }}</dt>
        <dd class="plate trailer-plate">
          {{ cargo().trailer?.plateNumber ?? ('gate.record.noTrailer' | translate) }}
        </dd>
      </div>
      <div>
        <dt>{{ 'gate.record.licenceExpiry' | translate }}</dt>
        <dd class="licence" [class.expired]="licenceExpired()">
          {{ (cargo().vehicle.transportLicenceExpiry | dateOnly) || ('common.notGiven' | translate) }}
          @if (licenceExpired()) {
            <strong>{{ 'gate.record.licenceExpired' | translate }}</strong>
          }
        </dd>
      </div>
      <div>
        <dt>{{ 'gate.record.grossWeight' | translate }}</dt>
        <dd class="gross-weight">
          {{
            'declarations.cargo.weight'
              | translate
                : {
                    kilograms: (cargo().totals.grossWeightKg | decimalText),
                    tonnes: (cargo().totals.grossWeightTonnes | decimalText),
                  }
          }}
        </dd>
      </div>
      <div class="wide">
        <dt>{{ 'gate.record.goods' | translate }}</dt>
        <dd class="goods">
          {{ summary().key | translate: summary().params }}
          · {{ 'gate.record.lines' | translate: { count: cargo().goods.lineCount } }}
          @for (total of cargo().totals.values; track total.currency) {
            · {{ total.amount | decimalText }} {{ total.currency }}
          }
        </dd>
      </div>
      @if (cargo().businessName; as businessName) {
        <div class="wide">
          <dt>{{ 'gate.record.business' | translate }}</dt>
          <dd>{{ businessName }}</dd>
        </div>
      }
    </dl>
  `,
  styles: `
    .cargo {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(180px, 1fr));
      gap: 8px 16px;
      margin: 12px 0 0;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface);
    }
    dt {
      font-size: 0.8rem;
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 2px 0 0;
      font-size: 1.1rem;
      overflow-wrap: anywhere;
    }
    .wide {
      grid-column: 1 / -1;
    }
    .plate {
      font-family: ui-monospace, monospace;
      font-weight: 700;
      font-size: 1.3rem;
    }
    .expired {
      color: var(--mat-sys-error);
      font-weight: 700;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GateCargoPanel {
  private readonly language = inject(LanguageState);

  readonly cargo = input.required<GateCargo>();

  protected readonly summary = computed(() => {
    const goods = this.cargo().goods;
    const tonnes = formatDecimal(goods.grossWeightTonnes, this.language.current());
    return goodsSummaryText({ ...goods, grossWeightTonnes: tonnes });
  });
  /** At the lane the crossing happens today, so the licence must be valid today. */
  protected readonly licenceExpired = computed(() =>
    isLicenceExpired(this.cargo().vehicle.transportLicenceExpiry, null),
  );
}
