import { FormControl, FormGroup } from '@angular/forms';
import { checkTrailerPlate } from '@smartgate/shared-models';

import { blankAsAbsent } from '../blank-as-absent';
import { platePatternValidator } from './cargo-vehicle-form';

/** The optional trailer or semi-trailer. Its fields count only while `present` is ticked. */
export type TrailerForm = FormGroup<{
  present: FormControl<boolean>;
  plateCountry: FormControl<string | null>;
  plateNumber: FormControl<string>;
}>;

/** A trailer of a saved draft; absent when the vehicle pulls none. */
export interface TrailerInput {
  plateCountry?: string;
  plateNumber?: string;
}

/** Builds the trailer section, ticked when the saved draft has a trailer. */
export function createTrailerForm(trailer?: TrailerInput): TrailerForm {
  return new FormGroup({
    present: new FormControl(trailer !== undefined, { nonNullable: true }),
    plateCountry: new FormControl<string | null>(trailer?.plateCountry ?? null),
    plateNumber: new FormControl(trailer?.plateNumber ?? '', {
      nonNullable: true,
      validators: platePatternValidator(checkTrailerPlate),
    }),
  });
}

/** Reads the trailer section: undefined when the vehicle pulls no trailer. */
export function trailerFormValue(form: TrailerForm): Record<string, unknown> | undefined {
  const { present, plateCountry, plateNumber } = form.controls;
  if (!present.value) {
    return undefined;
  }

  return { plateCountry: plateCountry.value ?? undefined, plateNumber: blankAsAbsent(plateNumber.value) };
}
