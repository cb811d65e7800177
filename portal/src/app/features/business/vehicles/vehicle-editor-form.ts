import { FormControl, FormGroup } from '@angular/forms';
import type {
  BusinessVehicleInput,
  BusinessVehicleType,
  BusinessVehicleView,
} from '@smartgate/shared-models';

import { dateOnlyToDate, dateToDateOnly } from '../../../shared/dates/date-only';

/** Vehicle types in the order the editor offers them: the usual truck first. */
export const VEHICLE_TYPES: readonly BusinessVehicleType[] = [
  'truck',
  'tractor_unit',
  'semi_trailer',
  'trailer',
  'van',
];

export type VehicleEditorForm = FormGroup<{
  vehicleType: FormControl<BusinessVehicleType>;
  plateCountry: FormControl<string>;
  plateNumber: FormControl<string>;
  transportLicenceNumber: FormControl<string>;
  transportLicenceExpiry: FormControl<Date | null>;
}>;

export function createVehicleEditorForm(vehicle: BusinessVehicleView | null): VehicleEditorForm {
  return new FormGroup({
    vehicleType: new FormControl<BusinessVehicleType>(vehicle?.vehicleType ?? 'truck', { nonNullable: true }),
    plateCountry: new FormControl(vehicle?.plateCountry ?? 'VNM', { nonNullable: true }),
    plateNumber: new FormControl(vehicle?.plateNumber ?? '', { nonNullable: true }),
    transportLicenceNumber: new FormControl(vehicle?.transportLicenceNumber ?? '', { nonNullable: true }),
    transportLicenceExpiry: new FormControl<Date | null>(dateOnlyToDate(vehicle?.transportLicenceExpiry)),
  });
}

/** Converts the form's value to the API's vehicle input, leaving out a blank expiry. */
export function vehicleEditorValue(form: VehicleEditorForm): BusinessVehicleInput {
  const value = form.getRawValue();
  return {
    vehicleType: value.vehicleType,
    plateCountry: value.plateCountry,
    plateNumber: value.plateNumber,
    transportLicenceNumber: value.transportLicenceNumber,
    transportLicenceExpiry: dateToDateOnly(value.transportLicenceExpiry) ?? undefined,
  };
}
