import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { AttachmentType, CargoVehicleKind, type Direction, type Language } from '@smartgate/shared-models';

import {
  blankAsAbsent,
  counterPhotos,
  createTravellerGroup,
  travellerValue,
  type TravellerGroup,
} from '../assisted-form';
import { typedDateToDateOnly } from '../typed-date';

export const CARGO_VEHICLE_KINDS = CargoVehicleKind.options;
export const ATTACHMENT_TYPES = AttachmentType.options;

function text(value = ''): FormControl<string> {
  return new FormControl(value, { nonNullable: true });
}

function choice<T>(value: T | null = null): FormControl<T | null> {
  return new FormControl<T | null>(value);
}

/** The declaring company as the officer types it from its papers. */
export type CompanyGroup = FormGroup<{ name: FormControl<string>; taxCode: FormControl<string> }>;

/** The company across the border that sends or receives the goods. */
export type CounterpartGroup = FormGroup<{
  name: FormControl<string>;
  address: FormControl<string>;
  country: FormControl<string | null>;
}>;

/** The truck, tractor unit or van; the licence expiry is typed as dd/MM/yyyy. */
export type CargoVehicleGroup = FormGroup<{
  kind: FormControl<CargoVehicleKind | null>;
  plateCountry: FormControl<string | null>;
  plateNumber: FormControl<string>;
  transportLicenceNumber: FormControl<string>;
  transportLicenceExpiry: FormControl<string>;
}>;

/** The trailer, whose fields count only while `present` is ticked. */
export type TrailerGroup = FormGroup<{
  present: FormControl<boolean>;
  plateCountry: FormControl<string | null>;
  plateNumber: FormControl<string>;
}>;

/** One goods line. Decimals stay text, as typed, so no float ever touches them. */
export type GoodsLineGroup = FormGroup<{
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

/** A checkbox per document type, ticked once the officer has checked the paper document. */
export type DocumentsSightedGroup = FormGroup<Record<AttachmentType, FormControl<boolean>>>;

/** The truck's filing at the counter: the portal's cargo fields, the company, the papers checked and the contact. */
export type CargoFilingForm = FormGroup<{
  company: CompanyGroup;
  gateCode: FormControl<string | null>;
  direction: FormControl<Direction | null>;
  counterpart: CounterpartGroup;
  vehicle: CargoVehicleGroup;
  trailer: TrailerGroup;
  travellers: FormArray<TravellerGroup>;
  goodsLines: FormArray<GoodsLineGroup>;
  documentsSighted: DocumentsSightedGroup;
  email: FormControl<string>;
  preferredLanguage: FormControl<Language | null>;
}>;

export function createGoodsLineGroup(): GoodsLineGroup {
  return new FormGroup({
    hsCode: text(),
    description: text(),
    quantity: text(),
    unitCode: choice<string>(),
    netWeightKg: text(),
    grossWeightKg: text(),
    value: text(),
    currency: text(),
    originCountry: choice<string>(),
  });
}

function createDocumentsSighted(): DocumentsSightedGroup {
  const ticks = Object.fromEntries(
    ATTACHMENT_TYPES.map((type) => [type, new FormControl(false, { nonNullable: true })]),
  ) as Record<AttachmentType, FormControl<boolean>>;
  return new FormGroup(ticks);
}

/** Builds an empty truck filing at the lane's gate, in the lane's direction when it has one. */
export function createCargoFilingForm(crossing: {
  gateCode: string;
  direction: Direction | null;
}): CargoFilingForm {
  return new FormGroup({
    company: new FormGroup({ name: text(), taxCode: text() }),
    gateCode: choice<string>(crossing.gateCode),
    direction: choice<Direction>(crossing.direction),
    counterpart: new FormGroup({ name: text(), address: text(), country: choice<string>('KHM') }),
    vehicle: new FormGroup({
      kind: choice<CargoVehicleKind>('truck'),
      plateCountry: choice<string>('VNM'),
      plateNumber: text(),
      transportLicenceNumber: text(),
      transportLicenceExpiry: text(),
    }),
    trailer: new FormGroup({
      present: new FormControl(false, { nonNullable: true }),
      plateCountry: choice<string>('VNM'),
      plateNumber: text(),
    }),
    travellers: new FormArray([createTravellerGroup()]),
    goodsLines: new FormArray([createGoodsLineGroup()]),
    documentsSighted: createDocumentsSighted(),
    email: text(),
    preferredLanguage: choice<Language>(),
  });
}

/** Reads a goods line as the shared `GoodsLineDraft` names its fields; blank fields are undefined. */
export function goodsLineValue(line: GoodsLineGroup): Record<string, string | undefined> {
  const controls = line.controls;

  return {
    hsCode: blankAsAbsent(controls.hsCode.value),
    description: blankAsAbsent(controls.description.value),
    quantity: blankAsAbsent(controls.quantity.value),
    unitCode: controls.unitCode.value ?? undefined,
    netWeightKg: blankAsAbsent(controls.netWeightKg.value),
    grossWeightKg: blankAsAbsent(controls.grossWeightKg.value),
    value: blankAsAbsent(controls.value.value),
    currency: blankAsAbsent(controls.currency.value),
    originCountry: controls.originCountry.value ?? undefined,
  };
}

function vehicleValue(vehicle: CargoVehicleGroup): Record<string, unknown> {
  const controls = vehicle.controls;

  return {
    kind: controls.kind.value ?? undefined,
    plateCountry: controls.plateCountry.value ?? undefined,
    plateNumber: blankAsAbsent(controls.plateNumber.value),
    transportLicenceNumber: blankAsAbsent(controls.transportLicenceNumber.value),
    transportLicenceExpiry: typedDateToDateOnly(controls.transportLicenceExpiry.value),
  };
}

function trailerValue(trailer: TrailerGroup): Record<string, unknown> | undefined {
  const { present, plateCountry, plateNumber } = trailer.controls;
  if (!present.value) {
    return undefined;
  }
  return { plateCountry: plateCountry.value ?? undefined, plateNumber: blankAsAbsent(plateNumber.value) };
}

/** Lists the document types ticked as checked on paper, in the order of `AttachmentType`. */
export function sightedTypes(documents: DocumentsSightedGroup): AttachmentType[] {
  return ATTACHMENT_TYPES.filter((type) => documents.controls[type].value);
}

/**
 * Reads the form as the body of `AssistedCargoFilingRequest`: the cargo draft without a planned
 * arrival (the truck is here), the company, the documents sighted, the contact and the portraits.
 */
export function cargoFilingValue(form: CargoFilingForm): Record<string, unknown> {
  const controls = form.controls;
  const counterpart = controls.counterpart.controls;

  return {
    kind: 'cargo',
    company: {
      name: blankAsAbsent(controls.company.controls.name.value),
      taxCode: blankAsAbsent(controls.company.controls.taxCode.value),
    },
    gateCode: controls.gateCode.value ?? undefined,
    direction: controls.direction.value ?? undefined,
    counterpart: {
      name: blankAsAbsent(counterpart.name.value),
      address: blankAsAbsent(counterpart.address.value),
      country: counterpart.country.value ?? undefined,
    },
    vehicle: vehicleValue(controls.vehicle),
    trailer: trailerValue(controls.trailer),
    travellers: controls.travellers.controls.map(travellerValue),
    goodsLines: controls.goodsLines.controls.map(goodsLineValue),
    documentsSighted: sightedTypes(controls.documentsSighted),
    email: blankAsAbsent(controls.email.value),
    preferredLanguage: controls.preferredLanguage.value ?? undefined,
    photos: counterPhotos(controls.travellers.controls),
  };
}
