import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { FormArray } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import { MAX_GOODS_LINES, type Country, type GoodsUnit } from '@smartgate/shared-models';
import { map, startWith, switchMap } from 'rxjs';

import { GoodsLineFields } from './goods-line-fields';
import { createGoodsLineForm, goodsLineFormValue, type GoodsLineForm } from './goods-line-form';
import { GoodsTotalsPanel } from './goods-totals-panel';

/** The goods of the consignment: one fieldset per goods line, with the totals below them. */
@Component({
  selector: 'sg-goods-lines-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe, GoodsLineFields, GoodsTotalsPanel],
  template: `
    <h2>{{ 'cargo.goods.heading' | translate }}</h2>
    <p>{{ 'cargo.goods.intro' | translate }}</p>

    <!-- The form puts the file import here. -->
    <ng-content />

    @for (line of rows().controls; track line; let index = $index) {
      <sg-goods-line-fields
        [group]="line"
        [index]="index"
        [countries]="countries()"
        [units]="units()"
        [removable]="lineCount() > 1"
        (removeRequested)="removeLine(index)"
      />
    }

    <div class="actions">
      <button mat-stroked-button type="button" [disabled]="lineCount() >= maxLines" (click)="addLine()">
        {{ 'cargo.goods.addLine' | translate }}
      </button>
    </div>

    <sg-goods-totals-panel [lines]="lineValues()" />
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 24px;
    }
    .actions {
      margin: 0 0 16px;
    }
  `,
})
export class GoodsLinesSection {
  readonly rows = input.required<FormArray<GoodsLineForm>>();
  readonly countries = input.required<readonly Country[]>();
  readonly units = input.required<readonly GoodsUnit[]>();

  protected readonly maxLines = MAX_GOODS_LINES;

  /** The lines as typed, read again on every change, for the totals and the line count. */
  protected readonly lineValues = toSignal(
    toObservable(this.rows).pipe(
      switchMap((rows) =>
        rows.valueChanges.pipe(
          startWith(null),
          map(() => rows.controls.map(goodsLineFormValue) as Record<string, string | undefined>[]),
        ),
      ),
    ),
    { initialValue: [] },
  );

  protected readonly lineCount = computed(() => this.lineValues().length);

  protected addLine(): void {
    const rows = this.rows();
    rows.markAsDirty();
    rows.push(createGoodsLineForm());
  }

  protected removeLine(index: number): void {
    const rows = this.rows();
    if (rows.length <= 1) {
      return;
    }

    rows.markAsDirty();
    rows.removeAt(index);
  }
}
