import { z } from 'zod';

import { choiceError } from './choice-error';
import { CountryCode } from './country-code';
import { TravellerDraft, draftField } from './crossing-declaration';
import { DateOnly, displayDateOnly, isValidDateOnly, todayInTimeZone } from './date-only';
import { Direction } from './declaration-status';
import { GoodsLine, GoodsLineDraft } from './goods-line';
import { requiredText, requiredVisibleText } from './text';
import { Traveller } from './traveller';
import { MAX_PLATE_LENGTH, checkPlateNumber } from './vehicle';
import { parseVietnamPlate } from './vietnam-plate';

/** The driver plus at most 2 crew members. */
export const MAX_CARGO_TRAVELLERS = 3;

/** The maximum number of goods lines in one consignment. */
export const MAX_GOODS_LINES = 200;

/** The time zone of the gate, in which the planned arrival's local date is counted. */
export const CARGO_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The motor vehicle of a truck crossing. Trailers are declared apart. */
export const CargoVehicleKind = z.enum(['truck', 'tractor_unit', 'van'], { error: choiceError });
export type CargoVehicleKind = z.infer<typeof CargoVehicleKind>;

/** The Vietnamese plate series of trailers and semi-trailers. */
export const TRAILER_SERIES = 'R';

/** A planned arrival as an ISO 8601 instant with its offset, stored and returned in UTC. */
export const PlannedArrivalAt = z
  .string({ error: 'required' })
  .trim()
  .pipe(z.iso.datetime({ offset: true, error: 'invalidDateTime' }))
  .transform((value) => new Date(value).toISOString());

/** Tests whether a value is a valid planned arrival. Refinements skip their checks when it is not. */
function isPlannedArrival(value: unknown): value is string {
  return PlannedArrivalAt.safeParse(value).success;
}

/** Returns the local date (Asia/Ho_Chi_Minh) of a planned arrival, kept as the declaration's crossing date. */
export function arrivalLocalDate(plannedArrivalAt: string): string {
  return todayInTimeZone(CARGO_TIME_ZONE, new Date(plannedArrivalAt));
}

type PlateIssue =
  'invalidVietnamPlate' | 'invalidForeignPlate' | 'invalidTrailerPlate' | 'trailerSeriesOnVehicle';

/**
 * Checks the plate of a truck, tractor unit or van: a Vietnamese plate has the layout of a car
 * plate and a series other than R, which belongs to trailers. Other countries' plates are free text.
 */
export function checkCargoVehiclePlate(
  plate: string,
  country: string,
): { display: string } | { issue: PlateIssue } {
  const checked = checkPlateNumber(plate, country, country === 'VNM' ? 'car' : undefined);
  if ('issue' in checked) {
    return checked;
  }
  if (country === 'VNM' && parseVietnamPlate(plate, 'car')?.series === TRAILER_SERIES) {
    return { issue: 'trailerSeriesOnVehicle' };
  }
  return { display: checked.display };
}

/**
 * Checks the plate of a trailer or semi-trailer: a Vietnamese one must carry series R, such as
 * `81R-012.34`. Other countries' plates are free text.
 */
export function checkTrailerPlate(
  plate: string,
  country: string,
): { display: string } | { issue: PlateIssue } {
  if (country !== 'VNM') {
    const checked = checkPlateNumber(plate, country);
    return 'issue' in checked ? checked : { display: checked.display };
  }
  const parsed = parseVietnamPlate(plate, 'car');
  return parsed?.series === TRAILER_SERIES ? { display: parsed.display } : { issue: 'invalidTrailerPlate' };
}

/** Rewrites a plate whose country is known as printed, or reports its problem on `plateNumber`. */
function plateNormalizer(check: typeof checkTrailerPlate) {
  return <T extends { plateCountry?: string; plateNumber?: string }>(
    plate: T,
    context: z.core.$RefinementCtx<T>,
  ): T => {
    if (!plate.plateCountry || !plate.plateNumber) {
      return plate;
    }
    const checked = check(plate.plateNumber, plate.plateCountry);
    if ('issue' in checked) {
      context.addIssue({ code: 'custom', path: ['plateNumber'], message: checked.issue });
      return plate;
    }
    return { ...plate, plateNumber: checked.display };
  };
}

/** Reports a licence number without its expiry, or an expiry without its number, on the missing field. */
function checkLicencePair(
  vehicle: { transportLicenceNumber?: string; transportLicenceExpiry?: string },
  context: z.core.$RefinementCtx,
): void {
  if (vehicle.transportLicenceNumber && !vehicle.transportLicenceExpiry) {
    context.addIssue({ code: 'custom', path: ['transportLicenceExpiry'], message: 'required' });
  }
  if (vehicle.transportLicenceExpiry && !vehicle.transportLicenceNumber) {
    context.addIssue({ code: 'custom', path: ['transportLicenceNumber'], message: 'required' });
  }
}

const cargoVehicleFields = {
  kind: CargoVehicleKind,
  plateCountry: CountryCode,
  plateNumber: requiredText(MAX_PLATE_LENGTH),
  /** The cross-border transport licence (giấy phép liên vận) of the vehicle. */
  transportLicenceNumber: requiredText(40),
  transportLicenceExpiry: DateOnly,
};

/** The truck, tractor unit or van, with its plate as printed and its cross-border transport licence. */
export const CargoVehicle = z
  .object({
    ...cargoVehicleFields,
    transportLicenceNumber: cargoVehicleFields.transportLicenceNumber.optional(),
    transportLicenceExpiry: cargoVehicleFields.transportLicenceExpiry.optional(),
  })
  .superRefine(checkLicencePair)
  .transform(plateNormalizer(checkCargoVehiclePlate));
export type CargoVehicle = z.infer<typeof CargoVehicle>;

/** A trailer or semi-trailer pulled by the vehicle. */
export const Trailer = z
  .object({ plateCountry: CountryCode, plateNumber: requiredText(MAX_PLATE_LENGTH) })
  .transform(plateNormalizer(checkTrailerPlate));
export type Trailer = z.infer<typeof Trailer>;

/** The company across the border that sends or receives the goods. */
export const Counterpart = z.object({
  name: requiredVisibleText(200),
  address: requiredVisibleText(500),
  country: CountryCode,
});
export type Counterpart = z.infer<typeof Counterpart>;

const cargoFields = {
  gateCode: requiredText(10).transform((code) => code.toUpperCase()),
  direction: Direction,
  plannedArrivalAt: PlannedArrivalAt,
};

/** A problem of one field found by the date checks, with the message's parameters. */
export interface CargoDateFinding {
  path: (string | number)[];
  code: string;
  params?: Record<string, string>;
}

/** The parts of a cargo declaration, complete or draft, that the date checks read. */
export interface CargoDates {
  plannedArrivalAt?: string;
  vehicle?: { transportLicenceExpiry?: string };
  travellers: readonly { dateOfBirth?: string; documentExpiryDate?: string }[];
}

function validDate(value: string | undefined): value is string {
  return value !== undefined && isValidDateOnly(value);
}

/**
 * The date rules of a cargo declaration, run on their own so that a submission lists them even
 * while other fields are invalid: the arrival is in the future; the transport licence is valid on
 * the arrival's local date (`transportLicenceExpired` names its last day as dd/MM/yyyy); nobody is
 * born in the future; every document is valid on the arrival's date.
 */
export function cargoDateFindings(declaration: CargoDates, now: Date = new Date()): CargoDateFinding[] {
  const findings: CargoDateFinding[] = [];
  const today = todayInTimeZone(CARGO_TIME_ZONE, now);
  const arrival = isPlannedArrival(declaration.plannedArrivalAt) ? declaration.plannedArrivalAt : undefined;
  const arrivalDate = arrival ? arrivalLocalDate(arrival) : undefined;

  if (arrival && new Date(arrival) <= now) {
    findings.push({ path: ['plannedArrivalAt'], code: 'dateInPast' });
  }

  const expiry = declaration.vehicle?.transportLicenceExpiry;
  if (validDate(expiry) && (expiry < today || (arrivalDate !== undefined && expiry < arrivalDate))) {
    findings.push({
      path: ['vehicle', 'transportLicenceExpiry'],
      code: 'transportLicenceExpired',
      params: { date: displayDateOnly(expiry) },
    });
  }

  declaration.travellers.forEach((traveller, index) => {
    if (validDate(traveller.dateOfBirth) && traveller.dateOfBirth > today) {
      findings.push({ path: ['travellers', index, 'dateOfBirth'], code: 'dateInFuture' });
    }
    if (
      arrivalDate &&
      validDate(traveller.documentExpiryDate) &&
      traveller.documentExpiryDate < arrivalDate
    ) {
      findings.push({
        path: ['travellers', index, 'documentExpiryDate'],
        code: 'documentExpiresBeforeCrossing',
      });
    }
  });
  return findings;
}

/**
 * A complete consignment declaration, as checked at submission: one truck crossing with its
 * vehicle, optional trailer, driver (`travellers[0]`) and crew, and the goods. Checks that need
 * the reference data (HS codes, units, the gate's lead time, document rules) run on the server.
 */
export const CargoDeclaration = z
  .object({
    ...cargoFields,
    counterpart: Counterpart,
    vehicle: CargoVehicle,
    trailer: Trailer.optional(),
    travellers: z
      .array(Traveller, { error: 'required' })
      .min(1, { error: 'noDriver' })
      .max(MAX_CARGO_TRAVELLERS, { error: 'tooManyCrew' }),
    goodsLines: z
      .array(GoodsLine, { error: 'required' })
      .min(1, { error: 'noGoodsLines' })
      .max(MAX_GOODS_LINES, { error: 'tooManyGoodsLines' }),
  })
  .superRefine((declaration, context) => {
    for (const finding of cargoDateFindings(declaration)) {
      context.addIssue({
        code: 'custom',
        path: finding.path,
        message: finding.code,
        ...(finding.params ? { params: finding.params } : {}),
      });
    }
  });
export type CargoDeclaration = z.infer<typeof CargoDeclaration>;

/** The vehicle in a draft: any field may be blank, but a filled field must be valid. */
export const CargoVehicleDraft = z
  .object({
    kind: draftField(cargoVehicleFields.kind),
    plateCountry: draftField(cargoVehicleFields.plateCountry),
    plateNumber: draftField(cargoVehicleFields.plateNumber),
    transportLicenceNumber: draftField(cargoVehicleFields.transportLicenceNumber),
    transportLicenceExpiry: draftField(cargoVehicleFields.transportLicenceExpiry),
  })
  .transform(plateNormalizer(checkCargoVehiclePlate));
export type CargoVehicleDraft = z.infer<typeof CargoVehicleDraft>;

/** The trailer in a draft. */
export const TrailerDraft = z
  .object({
    plateCountry: draftField(CountryCode),
    plateNumber: draftField(requiredText(MAX_PLATE_LENGTH)),
  })
  .transform(plateNormalizer(checkTrailerPlate));
export type TrailerDraft = z.infer<typeof TrailerDraft>;

/** The counterpart in a draft. */
export const CounterpartDraft = z.object({
  name: draftField(Counterpart.shape.name),
  address: draftField(Counterpart.shape.address),
  country: draftField(Counterpart.shape.country),
});
export type CounterpartDraft = z.infer<typeof CounterpartDraft>;

/** A consignment declaration being filled in, saved as a draft. Completeness is checked at submission. */
export const CargoDeclarationDraft = z.object({
  gateCode: draftField(cargoFields.gateCode),
  direction: draftField(cargoFields.direction),
  plannedArrivalAt: draftField(cargoFields.plannedArrivalAt),
  counterpart: draftField(CounterpartDraft),
  vehicle: draftField(CargoVehicleDraft),
  trailer: draftField(TrailerDraft),
  travellers: z.array(TravellerDraft).max(MAX_CARGO_TRAVELLERS, { error: 'tooManyCrew' }).default([]),
  goodsLines: z.array(GoodsLineDraft).max(MAX_GOODS_LINES, { error: 'tooManyGoodsLines' }).default([]),
});
export type CargoDeclarationDraft = z.infer<typeof CargoDeclarationDraft>;
