import { plateSearchKey, type CrossingDeclarationDraft, type VehicleDraft } from '@smartgate/shared-models';

import type { DeclarationModel } from './declarations.models';

/** The vehicle columns of a declaration row. */
type VehicleColumns = Pick<
  DeclarationModel,
  'vehicleKind' | 'vehiclePlateCountry' | 'vehiclePlateNumber' | 'vehiclePlateSearchKey'
>;

/** Maps a draft's vehicle to its columns, with the folded plate that camera reads are matched against. */
export function vehicleColumns(vehicle: CrossingDeclarationDraft['vehicle']): VehicleColumns {
  return {
    vehicleKind: vehicle?.kind ?? null,
    vehiclePlateCountry: vehicle?.plateCountry ?? null,
    vehiclePlateNumber: vehicle?.plateNumber ?? null,
    // A plate written only in Khmer folds to nothing, and then no camera read can match it.
    vehiclePlateSearchKey: vehicle?.plateNumber ? plateSearchKey(vehicle.plateNumber) || null : null,
  };
}

/** Reads a declaration's vehicle back in the draft's shape, or undefined when it names none. */
export function toDraftVehicle(declaration: DeclarationModel): VehicleDraft | undefined {
  const vehicle: VehicleDraft = {};
  if (declaration.vehicleKind) {
    vehicle.kind = declaration.vehicleKind as VehicleDraft['kind'];
  }
  if (declaration.vehiclePlateCountry) {
    vehicle.plateCountry = declaration.vehiclePlateCountry;
  }
  if (declaration.vehiclePlateNumber) {
    vehicle.plateNumber = declaration.vehiclePlateNumber;
  }
  return Object.keys(vehicle).length > 0 ? vehicle : undefined;
}
