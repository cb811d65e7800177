import { FormControl, FormGroup, type AbstractControl, type ValidatorFn } from '@angular/forms';
import { checkPlateNumber, type VehicleDraft, type VehicleKind } from '@smartgate/shared-models';

/** The vehicle section of the declaration form. Its fields count only while `present` is ticked. */
export type VehicleForm = FormGroup<{
  present: FormControl<boolean>;
  kind: FormControl<VehicleKind | null>;
  plateCountry: FormControl<string | null>;
  plateNumber: FormControl<string>;
}>;

export const VEHICLE_KINDS: readonly VehicleKind[] = ['car', 'motorbike'];

/**
 * Checks the plate number against its country as the traveller types, the same check the
 * schemas run: a Vietnamese plate must fit the layout of the vehicle's kind.
 */
export const plateNumberValidator: ValidatorFn = (control: AbstractControl) => {
  const vehicle = control.parent as VehicleForm | null;
  const plate = (control.value as string).trim();
  const country = vehicle?.controls.plateCountry.value;
  if (!vehicle || !plate || !country) {
    return null;
  }

  const checked = checkPlateNumber(plate, country, vehicle.controls.kind.value ?? undefined);
  return 'issue' in checked ? { issue: { key: checked.issue } } : null;
};

/** Builds the vehicle section, filled from a saved draft's vehicle when there is one. */
export function createVehicleForm(vehicle?: VehicleDraft): VehicleForm {
  return new FormGroup({
    present: new FormControl(vehicle !== undefined, { nonNullable: true }),
    kind: new FormControl<VehicleKind | null>(vehicle?.kind ?? null),
    plateCountry: new FormControl<string | null>(vehicle?.plateCountry ?? null),
    plateNumber: new FormControl(vehicle?.plateNumber ?? '', {
      nonNullable: true,
      validators: plateNumberValidator,
    }),
  });
}

/** Reads the vehicle section as input for the schemas: undefined when the travellers cross without one. */
export function vehicleFormValue(form: VehicleForm): Record<string, unknown> | undefined {
  const { present, kind, plateCountry, plateNumber } = form.controls;
  if (!present.value) {
    return undefined;
  }

  return {
    kind: kind.value ?? undefined,
    plateCountry: plateCountry.value ?? undefined,
    plateNumber: plateNumber.value.trim() === '' ? undefined : plateNumber.value,
  };
}
