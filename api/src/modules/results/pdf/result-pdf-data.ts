import type { Direction, Sex, VehicleKind } from '@smartgate/shared-models';

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

/** Everything the result PDF prints. Date-only values are `YYYY-MM-DD` strings. */
export interface ResultPdfData {
  resultNumber: string;
  issuedAt: Date;
  validFrom: string;
  validUntil: string;
  gate: BilingualName & { code: string };
  direction: Direction;
  plannedCrossingDate: string;
  purpose: BilingualName;
  travellers: ResultPdfTraveller[];
  /** Absent when the travellers cross without a private vehicle. */
  vehicle?: ResultPdfVehicle;
  officerName: string;
  verificationUrl: string;
}
