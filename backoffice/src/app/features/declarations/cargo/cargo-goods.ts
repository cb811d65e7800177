import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { formatHsCode, type CargoView } from '@smartgate/shared-models';

import { GoodsUnitNames } from '../../../core/reference/goods-unit-names';
import { ReferenceNames } from '../../../core/reference/reference-names';
import { DecimalTextPipe } from '../../../shared/format/decimal-text.pipe';

/**
 * The goods lines of a consignment in a table, with the HS code in the tariff's dotted form and
 * each quantity's unit and origin country by name, and their totals. Numbers use the interface
 * language's separators.
 */
@Component({
  selector: 'sg-cargo-goods',
  imports: [DecimalTextPipe, TranslatePipe],
  templateUrl: './cargo-goods.html',
  styleUrls: ['./cargo-panel.scss', './cargo-goods.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CargoGoods {
  private readonly units = inject(GoodsUnitNames);
  private readonly names = inject(ReferenceNames);

  readonly cargo = input.required<CargoView>();

  protected readonly lines = computed(() =>
    this.cargo().goodsLines.map((line) => ({
      ...line,
      hsCodeShown: line.hsCode ? formatHsCode(line.hsCode) : null,
      unitName: this.units.unitName(line.unitCode),
      originName: this.names.countryName(line.originCountry),
    })),
  );
}
