import { FormControl, FormGroup } from '@angular/forms';
import { formatHsCode } from '@smartgate/shared-models';

import { blankAsAbsent } from '../blank-as-absent';

/** One goods line as typed. Decimals stay strings end to end, so no float ever holds them. */
export type GoodsLineForm = FormGroup<{
  hsCode: FormControl<string>;
  description: FormControl<string>;
  quantity: FormControl<string>;
  unitCode: FormControl<string | null>;
  netWeightKg: FormControl<string>;
  grossWeightKg: FormControl<string>;
  value: FormControl<string>;
  currency: FormControl<string>;
  originCountry: FormControl<string | null>;
}>;

/** A goods line as saved in a draft or returned by the file import; any field may be missing. */
export interface GoodsLineInput {
  hsCode?: string;
  description?: string;
  quantity?: string;
  unitCode?: string;
  netWeightKg?: string;
  grossWeightKg?: string;
  value?: string;
  currency?: string;
  originCountry?: string;
}

function text(value: string | undefined): FormControl<string> {
  return new FormControl(value ?? '', { nonNullable: true });
}

/** Builds one goods line, filled from a saved or imported line when given. */
export function createGoodsLineForm(line: GoodsLineInput = {}): GoodsLineForm {
  return new FormGroup({
    hsCode: text(line.hsCode && /^\d+$/.test(line.hsCode) ? formatHsCode(line.hsCode) : line.hsCode),
    description: text(line.description),
    quantity: text(line.quantity),
    unitCode: new FormControl<string | null>(line.unitCode ?? null),
    netWeightKg: text(line.netWeightKg),
    grossWeightKg: text(line.grossWeightKg),
    value: text(line.value),
    currency: text(line.currency),
    originCountry: new FormControl<string | null>(line.originCountry ?? null),
  });
}

/** Reads one goods line as input for the GoodsLine schemas. */
export function goodsLineFormValue(line: GoodsLineForm): Record<string, unknown> {
  const controls = line.controls;

  return {
    hsCode: blankAsAbsent(controls.hsCode.value),
    description: blankAsAbsent(controls.description.value),
    quantity: blankAsAbsent(controls.quantity.value),
    unitCode: controls.unitCode.value ?? undefined,
    netWeightKg: blankAsAbsent(controls.netWeightKg.value),
    grossWeightKg: blankAsAbsent(controls.grossWeightKg.value),
    value: blankAsAbsent(controls.value.value),
    currency: blankAsAbsent(controls.currency.value.toUpperCase()),
    originCountry: controls.originCountry.value ?? undefined,
  };
}
