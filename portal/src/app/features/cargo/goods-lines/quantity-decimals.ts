import type { AbstractControl, ValidatorFn } from '@angular/forms';
import { checkQuantityDecimals, parseDecimal, type GoodsUnit } from '@smartgate/shared-models';

/**
 * Checks a goods line's quantity against the decimals its unit allows, such as none for pieces,
 * with the shared rule the API runs. Other problems of the quantity are left to the schema.
 */
export function quantityDecimalsValidator(units: () => readonly GoodsUnit[]): ValidatorFn {
  return (control: AbstractControl) => {
    const unitCode = control.parent?.get('unitCode')?.value as string | null | undefined;
    const unit = units().find((candidate) => candidate.code === unitCode);
    const quantity = parseDecimal(String(control.value ?? ''));
    if (!unit || !quantity) {
      return null;
    }

    const issue = checkQuantityDecimals(quantity.toFixed(), unit.decimals);
    return issue ? { issue: { key: issue.code, params: issue.params } } : null;
  };
}
