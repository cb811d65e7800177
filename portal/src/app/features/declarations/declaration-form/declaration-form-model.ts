import { FormArray, FormControl, FormGroup } from '@angular/forms';
import {
  MAX_TRAVELLERS,
  type CrossingDeclarationDraft,
  type Direction,
  type DocumentType,
  type Sex,
  type TravellerDraft,
} from '@smartgate/shared-models';
import { v4 as uuidv4 } from 'uuid';

import { dateOnlyToDate, dateToDateOnly } from '../../../shared/dates/date-only';
import { createVehicleForm, vehicleFormValue, type VehicleForm } from './vehicle-fields/vehicle-form';

export { MAX_TRAVELLERS };

/** Document types in the order the form offers them. */
export const DOCUMENT_TYPES: readonly DocumentType[] = [
  'passport',
  'border_pass',
  'border_resident_permit',
  'vn_citizen_id',
  'other',
];

export const SEXES: readonly Sex[] = ['male', 'female'];

export const DIRECTIONS: readonly Direction[] = ['entry', 'exit'];

/** One traveller's fields. Dates are local `Date` objects, the value type of the Material datepicker. */
export type TravellerForm = FormGroup<{
  /** The traveller's id, which keeps their photo with them when companions are removed. */
  id: FormControl<string>;
  fullName: FormControl<string>;
  sex: FormControl<Sex | null>;
  dateOfBirth: FormControl<Date | null>;
  nationality: FormControl<string>;
  documentType: FormControl<DocumentType | null>;
  documentNumber: FormControl<string>;
  documentExpiryDate: FormControl<Date | null>;
  /** Shown only for document types whose rules ask for it. */
  documentIssueDate: FormControl<Date | null>;
  /** Shown only for document types valid in one province, such as a border pass. */
  documentValidProvince: FormControl<string>;
  /** Holds no value: the photo is uploaded on its own, and this control carries its errors. */
  photo: FormControl<null>;
}>;

/** The declaration form. `travellers.at(0)` is the lead traveller, as in the schema. */
export type DeclarationForm = FormGroup<{
  gateCode: FormControl<string | null>;
  direction: FormControl<Direction | null>;
  plannedCrossingDate: FormControl<Date | null>;
  purposeCode: FormControl<string | null>;
  travellers: FormArray<TravellerForm>;
  vehicle: VehicleForm;
}>;

function text(value: string | undefined): FormControl<string> {
  return new FormControl(value ?? '', { nonNullable: true });
}

/** Builds the fields of one traveller, filled from a saved draft when given. */
export function createTravellerForm(traveller: TravellerDraft = {}): TravellerForm {
  return new FormGroup({
    id: text(traveller.id ?? uuidv4()),
    fullName: text(traveller.fullName),
    sex: new FormControl<Sex | null>(traveller.sex ?? null),
    dateOfBirth: new FormControl<Date | null>(dateOnlyToDate(traveller.dateOfBirth)),
    nationality: text(traveller.nationality),
    documentType: new FormControl<DocumentType | null>(traveller.documentType ?? null),
    documentNumber: text(traveller.documentNumber),
    documentExpiryDate: new FormControl<Date | null>(dateOnlyToDate(traveller.documentExpiryDate)),
    documentIssueDate: new FormControl<Date | null>(dateOnlyToDate(traveller.documentIssueDate)),
    documentValidProvince: text(traveller.documentValidProvince),
    photo: new FormControl<null>(null),
  });
}

/** Builds the declaration form from a saved draft, always with at least the lead traveller. */
export function createDeclarationForm(draft?: CrossingDeclarationDraft): DeclarationForm {
  const travellers = draft?.travellers.length ? draft.travellers : [{}];

  return new FormGroup({
    gateCode: new FormControl<string | null>(draft?.gateCode ?? null),
    direction: new FormControl<Direction | null>(draft?.direction ?? null),
    plannedCrossingDate: new FormControl<Date | null>(dateOnlyToDate(draft?.plannedCrossingDate)),
    purposeCode: new FormControl<string | null>(draft?.purposeCode ?? null),
    travellers: new FormArray(travellers.slice(0, MAX_TRAVELLERS).map(createTravellerForm)),
    vehicle: createVehicleForm(draft?.vehicle),
  });
}

/**
 * Converts a date control to the schema's `YYYY-MM-DD` string, or undefined when it is blank.
 * Text the datepicker could not parse is passed on as typed, so that the schema reports it as
 * an invalid date rather than as missing.
 */
export function dateControlValue(control: FormControl<Date | null>): string | undefined {
  const parseError = control.getError('matDatepickerParse') as { text?: string } | null;
  if (parseError?.text) {
    return parseError.text;
  }
  return dateToDateOnly(control.value) ?? undefined;
}

/** Reads the form as input for the CrossingDeclarationDraft and CrossingDeclaration schemas. */
export function declarationFormValue(form: DeclarationForm): Record<string, unknown> {
  const controls = form.controls;

  return {
    gateCode: controls.gateCode.value ?? undefined,
    direction: controls.direction.value ?? undefined,
    plannedCrossingDate: dateControlValue(controls.plannedCrossingDate),
    purposeCode: controls.purposeCode.value ?? undefined,
    travellers: controls.travellers.controls.map(travellerFormValue),
    vehicle: vehicleFormValue(controls.vehicle),
  };
}

/** Reads one traveller's fields as input for the Traveller schema and the schemas built on it. */
export function travellerFormValue(traveller: TravellerForm): Record<string, unknown> {
  const controls = traveller.controls;

  return {
    id: controls.id.value,
    fullName: blankAsAbsent(controls.fullName.value),
    sex: controls.sex.value ?? undefined,
    dateOfBirth: dateControlValue(controls.dateOfBirth),
    nationality: blankAsAbsent(controls.nationality.value),
    documentType: controls.documentType.value ?? undefined,
    documentNumber: blankAsAbsent(controls.documentNumber.value),
    documentExpiryDate: dateControlValue(controls.documentExpiryDate),
    documentIssueDate: dateControlValue(controls.documentIssueDate),
    documentValidProvince: blankAsAbsent(controls.documentValidProvince.value),
  };
}

// A blank field is absent, so the complete schema reports it as missing rather than as malformed.
function blankAsAbsent(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}
