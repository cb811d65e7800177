import { FormControl, FormGroup, type AbstractControl, type ValidatorFn } from '@angular/forms';
import { checkCargoVehiclePlate, checkTrailerPlate, type CargoVehicleKind } from '@smartgate/shared-models';

import { dateOnlyToDate } from '../../../shared/dates/date-only';
import { dateControlValue } from '../../declarations/declaration-form/declaration-form-model';
import { blankAsAbsent } from '../blank-as-absent';

/** The kinds of motor vehicle a consignment crosses in, in the order the form offers them. */
export const CARGO_VEHICLE_KINDS: readonly CargoVehicleKind[] = ['truck', 'tractor_unit', 'van'];

/** The truck, tractor unit or van, with its cross-border transport licence. */
export type CargoVehicleForm = FormGroup<{
  kind: FormControl<CargoVehicleKind | null>;
  plateCountry: FormControl<string | null>;
  plateNumber: FormControl<string>;
  transportLicenceNumber: FormControl<string>;
  transportLicenceExpiry: FormControl<Date | null>;
}>;

/** The vehicle of a saved draft or of the company's vehicle list; any field may be missing. */
export interface CargoVehicleInput {
  kind?: CargoVehicleKind;
  plateCountry?: string;
  plateNumber?: string;
  transportLicenceNumber?: string;
  transportLicenceExpiry?: string;
}

/**
 * Checks a plate against its country with the schemas' rules as the applicant types: a Vietnamese
 * plate must fit its layout, with series R on trailers only. `check` is the rule of the vehicle or the trailer.
 */
export function platePatternValidator(check: typeof checkTrailerPlate): ValidatorFn {
  return (control: AbstractControl) => {
    const country = (control.parent?.get('plateCountry')?.value as string | null | undefined) ?? null;
    const plate = (control.value as string).trim();
    if (!plate || !country) {
      return null;
    }

    const checked = check(plate, country);
    return 'issue' in checked ? { issue: { key: checked.issue } } : null;
  };
}

/** Builds the vehicle section, filled from a saved draft or a picked company vehicle. */
export function createCargoVehicleForm(vehicle: CargoVehicleInput = {}): CargoVehicleForm {
  return new FormGroup({
    kind: new FormControl<CargoVehicleKind | null>(vehicle.kind ?? null),
    plateCountry: new FormControl<string | null>(vehicle.plateCountry ?? null),
    plateNumber: new FormControl(vehicle.plateNumber ?? '', {
      nonNullable: true,
      validators: platePatternValidator(checkCargoVehiclePlate),
    }),
    transportLicenceNumber: new FormControl(vehicle.transportLicenceNumber ?? '', { nonNullable: true }),
    transportLicenceExpiry: new FormControl<Date | null>(dateOnlyToDate(vehicle.transportLicenceExpiry)),
  });
}

/** Reads the vehicle section as input for the CargoVehicle schemas. */
export function cargoVehicleFormValue(form: CargoVehicleForm): Record<string, unknown> {
  const controls = form.controls;

  return {
    kind: controls.kind.value ?? undefined,
    plateCountry: controls.plateCountry.value ?? undefined,
    plateNumber: blankAsAbsent(controls.plateNumber.value),
    transportLicenceNumber: blankAsAbsent(controls.transportLicenceNumber.value),
    transportLicenceExpiry: dateControlValue(controls.transportLicenceExpiry),
  };
}
