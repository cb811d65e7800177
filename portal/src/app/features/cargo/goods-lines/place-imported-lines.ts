import type { FormArray } from '@angular/forms';
import { MAX_GOODS_LINES } from '@smartgate/shared-models';

import {
  createGoodsLineForm,
  goodsLineFormValue,
  type GoodsLineForm,
  type GoodsLineInput,
} from './goods-line-form';

/** Checks whether a goods line is still blank, so an imported line can take its place. */
export function isBlankGoodsLine(line: GoodsLineForm): boolean {
  return Object.values(goodsLineFormValue(line)).every((value) => value === undefined);
}

/**
 * Puts imported goods lines into the form: blank lines are dropped first, then the imported lines
 * follow the lines already typed, up to the maximum. Returns how many were placed.
 */
export function placeImportedLines(rows: FormArray<GoodsLineForm>, lines: readonly GoodsLineInput[]): number {
  for (let index = rows.length - 1; index >= 0; index--) {
    if (isBlankGoodsLine(rows.at(index))) {
      rows.removeAt(index, { emitEvent: false });
    }
  }

  const room = MAX_GOODS_LINES - rows.length;
  const placed = lines.slice(0, Math.max(0, room));
  for (const line of placed) {
    rows.push(createGoodsLineForm(line), { emitEvent: false });
  }

  if (rows.length === 0) {
    rows.push(createGoodsLineForm(), { emitEvent: false });
  }
  rows.updateValueAndValidity();
  return placed.length;
}
