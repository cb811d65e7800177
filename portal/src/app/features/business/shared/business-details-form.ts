import { FormControl, FormGroup } from '@angular/forms';
import type { BusinessView } from '@smartgate/shared-models';

/** The company details form: the tax code is only filled in at registration. */
export type BusinessDetailsForm = FormGroup<{
  taxCode: FormControl<string>;
  name: FormControl<string>;
  address: FormControl<string>;
  contactName: FormControl<string>;
  contactPhone: FormControl<string>;
  contactEmail: FormControl<string>;
}>;

export function createBusinessDetailsForm(business?: BusinessView): BusinessDetailsForm {
  const control = (value = '') => new FormControl(value, { nonNullable: true });
  return new FormGroup({
    taxCode: control(business?.taxCode),
    name: control(business?.name),
    address: control(business?.address),
    contactName: control(business?.contactName),
    contactPhone: control(business?.contactPhone),
    contactEmail: control(business?.contactEmail),
  });
}
