import { FormArray, FormControl, FormGroup } from '@angular/forms';
import type { Direction } from '@smartgate/shared-models';

import { dateOnlyToDate, dateToDateOnly } from '../../../shared/dates/date-only';
import { blankAsAbsent } from '../blank-as-absent';
import {
  createTravellerForm,
  dateControlValue,
  travellerFormValue,
  type TravellerForm,
} from '../../declarations/declaration-form/declaration-form-model';
import { createGoodsLineForm, goodsLineFormValue, type GoodsLineForm } from '../goods-lines/goods-line-form';
import {
  createCargoVehicleForm,
  cargoVehicleFormValue,
  type CargoVehicleForm,
} from '../vehicle/cargo-vehicle-form';
import { createTrailerForm, trailerFormValue, type TrailerForm } from '../vehicle/trailer-form';
import { fromGateLocalTime, toGateLocalTime } from './gate-local-time';

/** A driver and at most two crew members, as the cargo schema allows. */
export const MAX_CREW = 3;

/** The counterpart across the border: the buyer of an export or the seller of an import. */
export type CounterpartForm = FormGroup<{
  name: FormControl<string>;
  address: FormControl<string>;
  country: FormControl<string | null>;
}>;

/**
 * The cargo declaration form. The planned arrival is typed as a date (`plannedArrivalAt`, so that
 * the API's errors on the instant land on it) and a time, both as clocks at the gate show them.
 */
export type CargoForm = FormGroup<{
  gateCode: FormControl<string | null>;
  direction: FormControl<Direction | null>;
  plannedArrivalAt: FormControl<Date | null>;
  plannedArrivalTime: FormControl<string>;
  counterpart: CounterpartForm;
  vehicle: CargoVehicleForm;
  trailer: TrailerForm;
  travellers: FormArray<TravellerForm>;
  goodsLines: FormArray<GoodsLineForm>;
}>;

/** The cargo draft as the form reads and writes it; every field may still be missing. */
export interface CargoDraftInput {
  gateCode?: string;
  direction?: Direction;
  plannedArrivalAt?: string;
  counterpart?: { name?: string; address?: string; country?: string };
  vehicle?: Parameters<typeof createCargoVehicleForm>[0];
  trailer?: Parameters<typeof createTrailerForm>[0];
  travellers?: Parameters<typeof createTravellerForm>[0][];
  goodsLines?: Parameters<typeof createGoodsLineForm>[0][];
}

function text(value: string | undefined): FormControl<string> {
  return new FormControl(value ?? '', { nonNullable: true });
}

/** Builds the form from a saved draft, always with a driver and one goods line to start from. */
export function createCargoForm(draft: CargoDraftInput = {}): CargoForm {
  const arrival = draft.plannedArrivalAt ? toGateLocalTime(new Date(draft.plannedArrivalAt)) : null;
  const travellers = draft.travellers?.length ? draft.travellers : [{}];
  const goodsLines = draft.goodsLines?.length ? draft.goodsLines : [{}];

  return new FormGroup({
    gateCode: new FormControl<string | null>(draft.gateCode ?? null),
    direction: new FormControl<Direction | null>(draft.direction ?? null),
    plannedArrivalAt: new FormControl<Date | null>(dateOnlyToDate(arrival?.date)),
    plannedArrivalTime: text(arrival?.time),
    counterpart: new FormGroup({
      name: text(draft.counterpart?.name),
      address: text(draft.counterpart?.address),
      country: new FormControl<string | null>(draft.counterpart?.country ?? null),
    }),
    vehicle: createCargoVehicleForm(draft.vehicle),
    trailer: createTrailerForm(draft.trailer),
    travellers: new FormArray(travellers.slice(0, MAX_CREW).map(createTravellerForm)),
    goodsLines: new FormArray(goodsLines.map(createGoodsLineForm)),
  });
}

/** The planned arrival as an ISO instant, or undefined until both its date and time are valid. */
export function plannedArrivalValue(form: CargoForm): string | undefined {
  const date = dateToDateOnly(form.controls.plannedArrivalAt.value);
  const instant = date ? fromGateLocalTime(date, form.controls.plannedArrivalTime.value.trim()) : null;
  return instant?.toISOString();
}

/** Reads the form as input for the CargoDeclarationDraft and CargoDeclaration schemas. */
export function cargoFormValue(form: CargoForm): Record<string, unknown> {
  const controls = form.controls;
  const counterpart = controls.counterpart.controls;
  // A date the datepicker could not read goes on as typed, so the schema reports it as invalid.
  const unreadableDate = controls.plannedArrivalAt.hasError('matDatepickerParse')
    ? dateControlValue(controls.plannedArrivalAt)
    : undefined;

  return {
    gateCode: controls.gateCode.value ?? undefined,
    direction: controls.direction.value ?? undefined,
    plannedArrivalAt: plannedArrivalValue(form) ?? unreadableDate,
    counterpart: {
      name: blankAsAbsent(counterpart.name.value),
      address: blankAsAbsent(counterpart.address.value),
      country: counterpart.country.value ?? undefined,
    },
    vehicle: cargoVehicleFormValue(controls.vehicle),
    trailer: trailerFormValue(controls.trailer),
    travellers: controls.travellers.controls.map(travellerFormValue),
    goodsLines: controls.goodsLines.controls.map(goodsLineFormValue),
  };
}
