import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { goodsTotals, parseDecimal } from '@smartgate/shared-models';

/**
 * The totals of the goods lines as typed, with decimal arithmetic so that 0.1 kg and 0.2 kg show
 * as 0.3 kg. A figure that is not a valid decimal yet counts as nothing until it is corrected.
 */
@Component({
  selector: 'sg-goods-totals-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <section class="totals" aria-labelledby="goods-totals-heading">
      <h3 id="goods-totals-heading">{{ 'cargo.goods.totalsHeading' | translate }}</h3>
      <dl aria-live="polite">
        <div>
          <dt>{{ 'cargo.goods.totalNet' | translate }}</dt>
          <dd data-total="net">
            {{
              'cargo.goods.weight' | translate: { kg: totals().netWeightKg, tonnes: totals().netWeightTonnes }
            }}
          </dd>
        </div>
        <div>
          <dt>{{ 'cargo.goods.totalGross' | translate }}</dt>
          <dd data-total="gross">
            {{
              'cargo.goods.weight'
                | translate: { kg: totals().grossWeightKg, tonnes: totals().grossWeightTonnes }
            }}
          </dd>
        </div>
        <div>
          <dt>{{ 'cargo.goods.totalValue' | translate }}</dt>
          <dd data-total="value">
            @for (total of totals().values; track total.currency; let last = $last) {
              {{ total.amount }} {{ total.currency }}{{ last ? '' : ';' }}
            } @empty {
              –
            }
          </dd>
        </div>
      </dl>
    </section>
  `,
  styles: `
    .totals {
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    h3 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-small);
    }
    dl {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 32px;
      margin: 0;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    dd {
      margin: 0;
      font: var(--mat-sys-body-large);
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class GoodsTotalsPanel {
  /** The goods lines as the form reads them; blank or malformed figures are skipped. */
  readonly lines = input.required<readonly Record<string, string | undefined>[]>();

  protected readonly totals = computed(() =>
    goodsTotals(
      this.lines().map((line) => ({
        netWeightKg: validDecimal(line['netWeightKg']),
        grossWeightKg: validDecimal(line['grossWeightKg']),
        value: validDecimal(line['value']),
        currency: line['currency'],
      })),
    ),
  );
}

function validDecimal(value: string | undefined): string | undefined {
  return value !== undefined && parseDecimal(value) ? value.trim() : undefined;
}
