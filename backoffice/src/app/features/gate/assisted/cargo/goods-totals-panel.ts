import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { goodsTotals, parseDecimal, type TotalledLine } from '@smartgate/shared-models';

import { DecimalTextPipe } from '../../../../shared/format/decimal-text.pipe';

/**
 * The consignment's totals while the officer types: weights in kilograms and tonnes, and the
 * value per currency, added with decimal arithmetic so 0.1 kg and 0.2 kg make 0.3 kg.
 */
@Component({
  selector: 'sg-goods-totals-panel',
  imports: [DecimalTextPipe, TranslatePipe],
  template: `
    <dl class="totals" aria-live="polite">
      <div>
        <dt>{{ 'declarations.cargo.totalNetWeight' | translate }}</dt>
        <dd class="net">
          {{
            'declarations.cargo.weight'
              | translate
                : {
                    kilograms: (totals().netWeightKg | decimalText),
                    tonnes: (totals().netWeightTonnes | decimalText),
                  }
          }}
        </dd>
      </div>
      <div>
        <dt>{{ 'declarations.cargo.totalGrossWeight' | translate }}</dt>
        <dd class="gross">
          {{
            'declarations.cargo.weight'
              | translate
                : {
                    kilograms: (totals().grossWeightKg | decimalText),
                    tonnes: (totals().grossWeightTonnes | decimalText),
                  }
          }}
        </dd>
      </div>
      <div>
        <dt>{{ 'declarations.cargo.totalValue' | translate }}</dt>
        <dd class="values">
          @for (total of totals().values; track total.currency) {
            <span class="value">{{ total.amount | decimalText }} {{ total.currency }}</span>
          } @empty {
            –
          }
        </dd>
      </div>
    </dl>
  `,
  styles: `
    .totals {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 32px;
      margin: 0 0 12px;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      font-weight: 600;
    }
    .value + .value::before {
      content: ' · ';
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GoodsTotalsPanel {
  /** The goods lines as typed; blank or malformed numbers count as nothing until they are fixed. */
  readonly lines = input.required<readonly TotalledLine[]>();

  protected readonly totals = computed(() => goodsTotals(this.lines().map(usableLine)));
}

/** Keeps only numbers that big.js can add, so a half-typed "1," or "abc" does not stop the totals. */
function usable(value: string | null | undefined): string | null {
  return value ? (parseDecimal(value)?.toFixed() ?? null) : null;
}

function usableLine(line: TotalledLine): TotalledLine {
  return {
    netWeightKg: usable(line.netWeightKg),
    grossWeightKg: usable(line.grossWeightKg),
    value: usable(line.value),
    currency: line.currency?.trim().toUpperCase() || null,
  };
}
