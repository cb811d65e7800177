import { z } from 'zod';

import { choiceError } from './choice-error';
import { CountryCode } from './country-code';
import { requiredText } from './text';
import { parseVietnamPlate, plateSearchKey, type PlateVehicleKind } from './vietnam-plate';

/** A private vehicle that travellers may cross in. Trucks and their goods are declared elsewhere. */
export const VehicleKind = z.enum(['car', 'motorbike'], { error: choiceError });
export type VehicleKind = z.infer<typeof VehicleKind>;

/** The maximum length of a plate number as typed. Cambodian plates may carry the province in Khmer, which adds characters. */
export const MAX_PLATE_LENGTH = 20;

/**
 * A foreign plate as typed: letters of any script (Cambodian plates mix Khmer and Latin),
 * their marks and digits, with single spaces, dots or dashes between them.
 */
const FOREIGN_PLATE = /^[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}]*(?:[ .-][\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}]*)*$/u;

/** A plate number checked for its country: the forms to store and show, or the message key of its problem. */
export type CheckedPlate =
  { display: string; searchKey: string } | { issue: 'invalidVietnamPlate' | 'invalidForeignPlate' };

/**
 * Checks a plate number against its country's rules. A Vietnamese plate must fit the layout of
 * the vehicle's kind (either kind while the kind is still blank), and is rewritten as printed,
 * such as `81A-123.45`. Other countries' plates are free text within a character set.
 */
export function checkPlateNumber(plate: string, country: string, kind?: PlateVehicleKind): CheckedPlate {
  if (country === 'VNM') {
    const kinds: PlateVehicleKind[] = kind ? [kind] : ['car', 'motorbike'];
    const parsed = kinds.map((candidate) => parseVietnamPlate(plate, candidate)).find(Boolean);
    return parsed
      ? { display: parsed.display, searchKey: parsed.searchKey }
      : { issue: 'invalidVietnamPlate' };
  }

  const display = plate.normalize('NFC').trim().replace(/\s+/g, ' ').toUpperCase();
  if (display.length < 2 || !FOREIGN_PLATE.test(display)) {
    return { issue: 'invalidForeignPlate' };
  }
  return { display, searchKey: plateSearchKey(display) };
}

/** The fields of a vehicle before its plate is checked against the country. */
export const VehicleFields = z.object({
  kind: VehicleKind,
  plateCountry: CountryCode,
  plateNumber: requiredText(MAX_PLATE_LENGTH),
});

/**
 * Checks the plate of a vehicle whose country is known and rewrites it as printed. A vehicle
 * without a country or plate yet (a draft) passes unchanged.
 */
export function normalizeVehiclePlate<
  T extends { kind?: VehicleKind; plateCountry?: string; plateNumber?: string },
>(vehicle: T, context: z.core.$RefinementCtx<T>): T {
  if (!vehicle.plateCountry || !vehicle.plateNumber) {
    return vehicle;
  }

  const checked = checkPlateNumber(vehicle.plateNumber, vehicle.plateCountry, vehicle.kind);
  if ('issue' in checked) {
    context.addIssue({ code: 'custom', path: ['plateNumber'], message: checked.issue });
    return vehicle;
  }
  return { ...vehicle, plateNumber: checked.display };
}

/** The private vehicle of a crossing, with its plate number as printed. */
export const Vehicle = VehicleFields.transform(normalizeVehiclePlate);
export type Vehicle = z.infer<typeof Vehicle>;
