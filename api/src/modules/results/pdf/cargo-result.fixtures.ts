import { goodsTotals } from '@smartgate/shared-models';

import type { ResultPdfData, ResultPdfGoodsLine, ResultPdfTraveller } from './result-pdf-data';

/** The driver or a crew member of a cargo result. */
export function crewMember(fullName: string, documentNumber: string): ResultPdfTraveller {
  return {
    fullName,
    sex: 'male',
    dateOfBirth: '1985-03-12',
    nationality: { code: 'VNM', nameVi: 'Việt Nam', nameEn: 'Viet Nam' },
    documentType: { nameVi: 'Hộ chiếu', nameEn: 'Passport' },
    documentNumber,
    documentExpiryDate: '2031-08-31',
  };
}

/** A goods line of dried cassava chips, changed by `overrides`. */
export function goodsLine(overrides: Partial<ResultPdfGoodsLine> = {}): ResultPdfGoodsLine {
  return {
    hsCode: '07141011',
    description: 'Sắn lát khô',
    quantity: '1000.000',
    unit: { code: 'bag', nameVi: 'bao', nameEn: 'bag' },
    netWeightKg: '14000.000',
    grossWeightKg: '14200.000',
    value: '3500.00',
    currency: 'USD',
    originCountry: 'KHM',
    ...overrides,
  };
}

/** An issued import of dried cassava with a trailer, a driver and one crew member, and the given goods lines. */
export function cargoResultData(goodsLines: ResultPdfGoodsLine[]): ResultPdfData {
  return {
    resultNumber: 'LT-2026-000123',
    issuedAt: new Date('2026-12-05T02:00:00Z'),
    validFrom: '2026-12-06',
    validUntil: '2026-12-06',
    gate: { code: 'LT', nameVi: 'Cửa khẩu quốc tế Lệ Thanh', nameEn: 'Lệ Thanh International Border Gate' },
    direction: 'entry',
    plannedCrossingDate: '2026-12-06',
    travellers: [crewMember('Trần Văn Lộc', 'C7654321'), crewMember('Siu Hyum', 'C2345678')],
    cargo: {
      business: { name: 'Công ty TNHH Nông sản Đức Cơ', taxCode: '0100109106' },
      plannedArrivalAt: new Date('2026-12-06T01:30:00Z'),
      counterpart: {
        name: 'Ratanakiri Agro Trading Co., Ltd.',
        address: 'Phum Thmey, Ban Lung, Ratanakiri',
        country: { code: 'KHM', nameVi: 'Campuchia', nameEn: 'Cambodia' },
      },
      vehicle: {
        kind: 'tractor_unit',
        plateNumber: '81C-123.45',
        plateCountry: { code: 'VNM', nameVi: 'Việt Nam', nameEn: 'Viet Nam' },
        transportLicenceNumber: 'VN-KH 0123/2026',
        transportLicenceExpiry: '2027-06-30',
      },
      trailer: {
        plateNumber: '81R-012.34',
        plateCountry: { code: 'VNM', nameVi: 'Việt Nam', nameEn: 'Viet Nam' },
      },
      goodsLines,
      totals: goodsTotals(goodsLines),
    },
    officerName: 'Rơ Châm Hyun',
    verificationUrl: 'http://localhost:3000/verify/c4rg0t0k3n',
  };
}
