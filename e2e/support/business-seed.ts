import { randomBytes, randomInt } from 'node:crypto';

import type { APIRequestContext } from '@playwright/test';

import { taxCodeCheckDigit } from '../../shared-models/src/tax-code';
import { postJson } from './api-seed';

/** A business, its vehicle and its driver, as the company entered them. */
export interface SeededBusiness {
  id: string;
  vehiclePlate: string;
  driverName: string;
  driverDocumentNumber: string;
}

/** Draws a 10-digit enterprise tax code with a valid check digit, so runs never clash on one. */
function randomTaxCode(): string {
  for (;;) {
    const firstNine = Array.from({ length: 9 }, () => randomInt(10)).join('');
    const checkDigit = taxCodeCheckDigit(firstNine);
    if (checkDigit !== null) {
      return `${firstNine}${checkDigit}`;
    }
  }
}

/** Turns dd/MM/yyyy into YYYY-MM-DD. */
function isoDate(ddMMyyyy: string): string {
  const [day, month, year] = ddMMyyyy.split('/');
  return `${year}-${month}-${day}`;
}

/**
 * Registers an applicant and their company through the API, then adds a truck with a valid
 * cross-border transport licence and a driver. The request context is signed in afterwards.
 */
export async function registerBusinessWithFleet(
  request: APIRequestContext,
  options: { licenceExpiry: string; driverName: string },
): Promise<SeededBusiness> {
  const email = `cargo-${randomBytes(4).toString('hex')}@example.test`;
  await postJson(request, '/api/applicant/register', {
    email,
    password: 'correct-horse-battery',
    fullName: 'Nguyễn Thị Mai',
  });

  const business = await postJson<{ id: string }>(request, '/api/applicant/businesses', {
    taxCode: randomTaxCode(),
    name: 'Công ty TNHH Nông sản Đức Cơ',
    address: '12 Quốc lộ 19, thị trấn Chư Ty, huyện Đức Cơ, Gia Lai',
    contactName: 'Nguyễn Thị Mai',
    contactPhone: '0269 3812 345',
    contactEmail: email,
  });

  const vehicle = await postJson<{ plateNumber: string }>(
    request,
    `/api/applicant/businesses/${business.id}/vehicles`,
    {
      vehicleType: 'truck',
      plateCountry: 'VNM',
      plateNumber: '81C 123.45',
      transportLicenceNumber: 'VN-KH 081234',
      transportLicenceExpiry: isoDate(options.licenceExpiry),
    },
  );

  const driverDocumentNumber = `C${randomInt(1_000_000, 9_999_999)}`;
  await postJson(request, `/api/applicant/businesses/${business.id}/drivers`, {
    fullName: options.driverName,
    sex: 'male',
    dateOfBirth: '1984-07-21',
    nationality: 'VNM',
    documentType: 'passport',
    documentNumber: driverDocumentNumber,
    documentExpiryDate: isoDate(options.licenceExpiry),
  });

  return {
    id: business.id,
    vehiclePlate: vehicle.plateNumber,
    driverName: options.driverName,
    driverDocumentNumber,
  };
}
