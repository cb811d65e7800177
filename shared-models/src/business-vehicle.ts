import { z } from 'zod';

import { choiceError } from './choice-error';
import { CountryCode } from './country-code';
import { DateOnly, todayInTimeZone } from './date-only';
import { ExpectedVersion } from './officer-decision';
import { optionalText, requiredText } from './text';
import { MAX_PLATE_LENGTH, checkPlateNumber } from './vehicle';
import type { PlateVehicleKind } from './vietnam-plate';

/** Kinds of cargo vehicle a business keeps; trailers and semi-trailers carry Vietnamese series R. */
export const BusinessVehicleType = z.enum(['truck', 'tractor_unit', 'trailer', 'semi_trailer', 'van'], {
  error: choiceError,
});
export type BusinessVehicleType = z.infer<typeof BusinessVehicleType>;

/** The Vietnamese plate layout of each vehicle type. */
export const PLATE_KIND_BY_VEHICLE_TYPE: Readonly<Record<BusinessVehicleType, PlateVehicleKind>> = {
  truck: 'truck',
  tractor_unit: 'truck',
  van: 'truck',
  trailer: 'trailer',
  semi_trailer: 'trailer',
};

/**
 * A company's vehicle as entered. A Vietnamese plate must fit the layout of its type and is
 * rewritten as printed, such as `81C-123.45` or the trailer `81R-012.34`. Other countries' plates
 * are free text. The cross-border transport licence number and its expiry come together. An
 * expired licence is accepted here and shown as expired, and a declaration that uses it is rejected.
 */
export const BusinessVehicleInput = z
  .object({
    vehicleType: BusinessVehicleType,
    plateCountry: CountryCode,
    plateNumber: requiredText(MAX_PLATE_LENGTH),
    transportLicenceNumber: optionalText(30),
    transportLicenceExpiry: DateOnly.optional(),
  })
  .transform((vehicle, context) => {
    const checked = checkPlateNumber(
      vehicle.plateNumber,
      vehicle.plateCountry,
      PLATE_KIND_BY_VEHICLE_TYPE[vehicle.vehicleType],
    );
    if ('issue' in checked) {
      context.addIssue({ code: 'custom', path: ['plateNumber'], message: checked.issue });
    }
    if (vehicle.transportLicenceNumber && !vehicle.transportLicenceExpiry) {
      context.addIssue({ code: 'custom', path: ['transportLicenceExpiry'], message: 'required' });
    }
    if (vehicle.transportLicenceExpiry && !vehicle.transportLicenceNumber) {
      context.addIssue({ code: 'custom', path: ['transportLicenceNumber'], message: 'required' });
    }
    if ('issue' in checked) {
      return z.NEVER;
    }
    return { ...vehicle, plateNumber: checked.display, plateSearchKey: checked.searchKey };
  });
export type BusinessVehicleInput = z.input<typeof BusinessVehicleInput>;
export type BusinessVehicle = z.output<typeof BusinessVehicleInput>;

/** Body of `PUT .../vehicles/:vehicleId`: the version last read, and the vehicle's new fields. */
export const BusinessVehicleUpdate = z.object({
  version: ExpectedVersion,
  vehicle: BusinessVehicleInput,
});
export type BusinessVehicleUpdate = z.infer<typeof BusinessVehicleUpdate>;

/**
 * A company's vehicle as the API returns it. `licenceExpired` is true when the licence expiry
 * is before today (local day in Asia/Ho_Chi_Minh), so the company renews it before filing.
 */
export const BusinessVehicleView = z.object({
  id: z.string(),
  version: z.number().int(),
  vehicleType: BusinessVehicleType,
  plateCountry: z.string(),
  plateNumber: z.string(),
  plateSearchKey: z.string(),
  transportLicenceNumber: z.string().nullable(),
  /** `YYYY-MM-DD`, or null when the vehicle has no licence recorded. */
  transportLicenceExpiry: z.string().nullable(),
  licenceExpired: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BusinessVehicleView = z.infer<typeof BusinessVehicleView>;

/** Tells whether a licence expiring on `expiry` (`YYYY-MM-DD`) has expired by `today`; it is valid on its last day. */
export function transportLicenceExpired(expiry: string | null, today: string = todayInTimeZone()): boolean {
  return expiry !== null && expiry < today;
}
