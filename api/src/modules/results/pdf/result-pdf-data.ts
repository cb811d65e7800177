import type { CargoVehicleKind, Direction, GoodsTotals, Sex, VehicleKind } from '@smartgate/shared-models';

/** Reference data named in both languages of the PDF. */
export interface BilingualName {
  nameVi: string;
  nameEn: string;
}

/** One traveller as printed on the result, with names exactly as stored. */
export interface ResultPdfTraveller {
  fullName: string;
  sex: Sex;
  dateOfBirth: string;
  nationality: BilingualName & { code: string };
  documentType: BilingualName;
  documentNumber: string;
  documentExpiryDate: string;
  /** The traveller's stored portrait, a 600 × 800 JPEG; absent when the traveller has none. */
  photo?: Buffer;
}

/** The private vehicle of the crossing, with its plate as printed. */
export interface ResultPdfVehicle {
  kind: VehicleKind;
  plateNumber: string;
  plateCountry: BilingualName & { code: string };
}

/** A goods unit of measure named in both languages, such as `tne` (tonnes). */
export type ResultPdfUnit = BilingualName & { code: string };

/** One goods line of a consignment. Decimals are strings as PostgreSQL `numeric` returns them. */
export interface ResultPdfGoodsLine {
  hsCode: string;
  description: string;
  quantity: string;
  unit: ResultPdfUnit;
  netWeightKg: string;
  grossWeightKg: string;
  value: string;
  currency: string;
  originCountry: string;
}

/** The truck or van of a consignment, with its cross-border transport licence. */
export interface ResultPdfCargoVehicle {
  kind: CargoVehicleKind;
  plateNumber: string;
  plateCountry: BilingualName & { code: string };
  transportLicenceNumber?: string;
  /** `YYYY-MM-DD`. */
  transportLicenceExpiry?: string;
}

/**
 * The consignment of a cargo declaration: one truck crossing with its goods. The travellers of
 * the result are its driver (first) and crew.
 */
export interface ResultPdfCargo {
  business?: { name: string; taxCode: string };
  plannedArrivalAt: Date;
  counterpart: { name: string; address: string; country: BilingualName & { code: string } };
  vehicle: ResultPdfCargoVehicle;
  trailer?: { plateNumber: string; plateCountry: BilingualName & { code: string } };
  goodsLines: ResultPdfGoodsLine[];
  /** Computed with `goodsTotals`, in decimal arithmetic. */
  totals: GoodsTotals;
}

/** Everything the result PDF prints. Date-only values are `YYYY-MM-DD` strings. */
export interface ResultPdfData {
  resultNumber: string;
  issuedAt: Date;
  validFrom: string;
  validUntil: string;
  gate: BilingualName & { code: string };
  direction: Direction;
  plannedCrossingDate: string;
  /** Absent for cargo, whose purpose is the consignment. */
  purpose?: BilingualName;
  travellers: ResultPdfTraveller[];
  /** Absent when the travellers cross without a private vehicle. */
  vehicle?: ResultPdfVehicle;
  /** Present for a cargo declaration. */
  cargo?: ResultPdfCargo;
  officerName: string;
  verificationUrl: string;
}
