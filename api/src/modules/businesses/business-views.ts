import {
  transportLicenceExpired,
  todayInTimeZone,
  type BusinessDriverView,
  type BusinessMemberView,
  type BusinessPartnerView,
  type BusinessRole,
  type BusinessVehicleView,
  type BusinessView,
} from '@smartgate/shared-models';

import type {
  BusinessDriverModel,
  BusinessModel,
  BusinessPartnerModel,
  BusinessVehicleModel,
} from './businesses.models';
import type { MemberRow } from './businesses.repository';

export function toBusinessView(business: BusinessModel, role: BusinessRole): BusinessView {
  return {
    id: business.id,
    taxCode: business.taxCode,
    taxCodeKind: business.taxCodeKind,
    name: business.name,
    address: business.address,
    contactName: business.contactName,
    contactPhone: business.contactPhone,
    contactEmail: business.contactEmail,
    version: business.version,
    role,
    createdAt: business.createdAt.toISOString(),
    updatedAt: business.updatedAt.toISOString(),
  };
}

export function toMemberView(member: MemberRow): BusinessMemberView {
  return {
    applicantId: member.applicantId,
    fullName: member.fullName,
    email: member.email,
    role: member.role,
    joinedAt: new Date(member.joinedAt).toISOString(),
  };
}

export function toVehicleView(vehicle: BusinessVehicleModel): BusinessVehicleView {
  return {
    id: vehicle.id,
    version: vehicle.version,
    vehicleType: vehicle.vehicleType,
    plateCountry: vehicle.plateCountry,
    plateNumber: vehicle.plateNumber,
    plateSearchKey: vehicle.plateSearchKey,
    transportLicenceNumber: vehicle.transportLicenceNumber,
    transportLicenceExpiry: vehicle.transportLicenceExpiry,
    licenceExpired: transportLicenceExpired(vehicle.transportLicenceExpiry),
    createdAt: vehicle.createdAt.toISOString(),
    updatedAt: vehicle.updatedAt.toISOString(),
  };
}

export function toDriverView(driver: BusinessDriverModel): BusinessDriverView {
  const expiry = driver.traveller.documentExpiryDate;
  return {
    id: driver.id,
    version: driver.version,
    traveller: driver.traveller,
    documentExpired: typeof expiry === 'string' && expiry < todayInTimeZone(),
    createdAt: driver.createdAt.toISOString(),
    updatedAt: driver.updatedAt.toISOString(),
  };
}

export function toPartnerView(partner: BusinessPartnerModel): BusinessPartnerView {
  return {
    id: partner.id,
    version: partner.version,
    name: partner.name,
    address: partner.address,
    country: partner.country,
    createdAt: partner.createdAt.toISOString(),
    updatedAt: partner.updatedAt.toISOString(),
  };
}
