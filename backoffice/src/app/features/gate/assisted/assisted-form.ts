import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { Direction, DocumentType, Language, Sex, VehicleKind } from '@smartgate/shared-models';

import { dateOnlyToTyped, typedDateToDateOnly } from './typed-date';

// The options in the order of the shared schemas, which is the order of the portal's form.
export const DOCUMENT_TYPES = DocumentType.options;
export const SEXES = Sex.options;
export const DIRECTIONS = Direction.options;
export const VEHICLE_KINDS = VehicleKind.options;
export const NOTICE_LANGUAGES = Language.options;

function text(value = ''): FormControl<string> {
  return new FormControl(value, { nonNullable: true });
}

function choice<T>(): FormControl<T | null> {
  return new FormControl<T | null>(null);
}

/** One traveller's fields. Dates are typed as dd/MM/yyyy. */
export type TravellerGroup = FormGroup<{
  fullName: FormControl<string>;
  sex: FormControl<Sex | null>;
  dateOfBirth: FormControl<string>;
  nationality: FormControl<string | null>;
  documentType: FormControl<DocumentType | null>;
  documentNumber: FormControl<string>;
  documentExpiryDate: FormControl<string>;
  /** Asked for only where the document type's rules need it. */
  documentIssueDate: FormControl<string>;
  /** Asked for only for document types valid in one province, such as a border pass. */
  documentValidProvince: FormControl<string>;
  /** The `uploadId` of the portrait taken or chosen at the counter, uploaded before the filing. */
  photo: FormControl<string | null>;
}>;

/** The private vehicle, whose fields count only while `present` is ticked. */
export type VehicleGroup = FormGroup<{
  present: FormControl<boolean>;
  kind: FormControl<VehicleKind | null>;
  plateCountry: FormControl<string | null>;
  plateNumber: FormControl<string>;
}>;

/** The filing form: the portal's declaration fields, plus the traveller's contact for the notices. */
export type AssistedForm = FormGroup<{
  gateCode: FormControl<string | null>;
  direction: FormControl<Direction | null>;
  plannedCrossingDate: FormControl<string>;
  purposeCode: FormControl<string | null>;
  travellers: FormArray<TravellerGroup>;
  vehicle: VehicleGroup;
  email: FormControl<string>;
  preferredLanguage: FormControl<Language | null>;
}>;

export function createTravellerGroup(): TravellerGroup {
  return new FormGroup({
    fullName: text(),
    sex: choice<Sex>(),
    dateOfBirth: text(),
    nationality: choice<string>(),
    documentType: choice<DocumentType>(),
    documentNumber: text(),
    documentExpiryDate: text(),
    documentIssueDate: text(),
    documentValidProvince: text(),
    photo: choice<string>(),
  });
}

/** Builds an empty filing for a crossing today at the lane's gate, in the lane's direction when it has one. */
export function createAssistedForm(crossing: {
  gateCode: string;
  direction: Direction | null;
  today: string;
}): AssistedForm {
  return new FormGroup({
    gateCode: new FormControl<string | null>(crossing.gateCode),
    direction: new FormControl<Direction | null>(crossing.direction),
    plannedCrossingDate: text(dateOnlyToTyped(crossing.today)),
    purposeCode: choice<string>(),
    travellers: new FormArray([createTravellerGroup()]),
    vehicle: new FormGroup({
      present: new FormControl(false, { nonNullable: true }),
      kind: choice<VehicleKind>(),
      plateCountry: choice<string>(),
      plateNumber: text(),
    }),
    email: text(),
    preferredLanguage: choice<Language>(),
  });
}

/** Reads a blank text field as absent, so the schemas report it as missing rather than as malformed. */
export function blankAsAbsent(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

/** Reads one traveller's fields as the shared `Traveller` schema names them; the portrait goes in `photos`. */
export function travellerValue(traveller: TravellerGroup): Record<string, unknown> {
  const controls = traveller.controls;

  return {
    fullName: blankAsAbsent(controls.fullName.value),
    sex: controls.sex.value ?? undefined,
    dateOfBirth: typedDateToDateOnly(controls.dateOfBirth.value),
    nationality: controls.nationality.value ?? undefined,
    documentType: controls.documentType.value ?? undefined,
    documentNumber: blankAsAbsent(controls.documentNumber.value),
    documentExpiryDate: typedDateToDateOnly(controls.documentExpiryDate.value),
    documentIssueDate: typedDateToDateOnly(controls.documentIssueDate.value),
    documentValidProvince: blankAsAbsent(controls.documentValidProvince.value),
  };
}

/** Names the portrait uploaded for each traveller by the traveller's position, as `CounterPhotoRef`. */
export function counterPhotos(
  travellers: readonly TravellerGroup[],
): { position: number; uploadId: string }[] {
  return travellers.flatMap((traveller, position) => {
    const uploadId = traveller.controls.photo.value;
    return uploadId ? [{ position, uploadId }] : [];
  });
}

function vehicleValue(vehicle: VehicleGroup): Record<string, unknown> | undefined {
  const { present, kind, plateCountry, plateNumber } = vehicle.controls;
  if (!present.value) {
    return undefined;
  }
  return {
    kind: kind.value ?? undefined,
    plateCountry: plateCountry.value ?? undefined,
    plateNumber: blankAsAbsent(plateNumber.value),
  };
}

/**
 * Reads the form as the body of a filing: the fields of the `CrossingDeclaration` schema, with
 * the `email`, `preferredLanguage` and `photos` of `AssistedFilingRequest`. Blank fields are undefined.
 */
export function assistedFilingValue(form: AssistedForm): Record<string, unknown> {
  const controls = form.controls;

  return {
    gateCode: controls.gateCode.value ?? undefined,
    direction: controls.direction.value ?? undefined,
    plannedCrossingDate: typedDateToDateOnly(controls.plannedCrossingDate.value),
    purposeCode: controls.purposeCode.value ?? undefined,
    travellers: controls.travellers.controls.map(travellerValue),
    vehicle: vehicleValue(controls.vehicle),
    email: blankAsAbsent(controls.email.value),
    preferredLanguage: controls.preferredLanguage.value ?? undefined,
    photos: counterPhotos(controls.travellers.controls),
  };
}
