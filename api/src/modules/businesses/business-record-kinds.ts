import type {
  BusinessDriverInput,
  BusinessDriverView,
  BusinessPartnerInput,
  BusinessPartnerView,
  BusinessVehicle,
  BusinessVehicleView,
} from '@smartgate/shared-models';

import { ValidationError } from '../../lib/errors';
import type { BusinessRecordKind } from './business-records.service';
import { toDriverView, toPartnerView, toVehicleView } from './business-views';
import { BusinessDriverModel, BusinessPartnerModel, BusinessVehicleModel } from './businesses.models';

/** Names and plates sort as Vietnamese readers expect, not by code point. */
const ORDER = new Intl.Collator('vi', { numeric: true });

/** Vehicles by plate; the plate's search key is unique per business. */
export const VEHICLES: BusinessRecordKind<BusinessVehicleModel, BusinessVehicle, BusinessVehicleView> = {
  model: BusinessVehicleModel,
  columns: (vehicle) => ({
    vehicleType: vehicle.vehicleType,
    plateCountry: vehicle.plateCountry,
    plateNumber: vehicle.plateNumber,
    plateSearchKey: vehicle.plateSearchKey,
    transportLicenceNumber: vehicle.transportLicenceNumber ?? null,
    transportLicenceExpiry: vehicle.transportLicenceExpiry ?? null,
  }),
  toView: toVehicleView,
  compare: (a, b) => ORDER.compare(a.plateNumber, b.plateNumber),
  duplicateError: () => new ValidationError([{ path: ['plateNumber'], code: 'duplicateBusinessVehicle' }]),
};

/** Drivers by name; one document is one driver per business. */
export const DRIVERS: BusinessRecordKind<BusinessDriverModel, BusinessDriverInput, BusinessDriverView> = {
  model: BusinessDriverModel,
  columns: (traveller) => ({ traveller }),
  toView: toDriverView,
  compare: (a, b) => ORDER.compare(a.traveller.fullName ?? '', b.traveller.fullName ?? ''),
  duplicateError: () => new ValidationError([{ path: ['documentNumber'], code: 'duplicateBusinessDriver' }]),
};

/** Trading partners by name. */
export const PARTNERS: BusinessRecordKind<BusinessPartnerModel, BusinessPartnerInput, BusinessPartnerView> = {
  model: BusinessPartnerModel,
  columns: (partner) => ({ name: partner.name, address: partner.address, country: partner.country }),
  toView: toPartnerView,
  compare: (a, b) => ORDER.compare(a.name, b.name),
};
