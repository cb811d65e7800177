import { z } from 'zod';

import { Direction } from './declaration-status';
import { GateCargo } from './gate-cargo';
import { GateCodeField, LaneCodeField } from './gate-lane';
import { ScreeningFlag } from './screening';
import { DocumentType, Sex } from './traveller';

/** Source of the lane screen's input: a keyboard wedge (scanner, desk reader or typing), the device camera, or a plate read. */
export const ScanSource = z.enum(['keyboard', 'camera', 'plate'], { error: 'invalidOption' });
export type ScanSource = z.infer<typeof ScanSource>;

/**
 * Method by which a crossing was found at the lane, stored with each crossing. `counter` is a
 * crossing recorded by the officer who filed the declaration at the counter for the traveller.
 */
export const CrossingMethod = z.enum(['qr_scanner', 'camera', 'typed', 'mrz', 'plate', 'counter'], {
  error: 'invalidOption',
});
export type CrossingMethod = z.infer<typeof CrossingMethod>;

/** Maximum length of a scan that the lane screen sends: a verification URL, a typed number or a 3-line MRZ. */
export const MAX_SCAN_INPUT_LENGTH = 300;

const laneFields = { gateCode: GateCodeField, laneCode: LaneCodeField };

/**
 * One lookup at a lane: what a scanner or desk reader typed, what the camera decoded, or the
 * plate read that the officer opened.
 */
export const GateLookupRequest = z.discriminatedUnion(
  'source',
  [
    z.object({
      ...laneFields,
      source: z.enum(['keyboard', 'camera']),
      scanInput: z
        .string({ error: 'required' })
        .max(MAX_SCAN_INPUT_LENGTH, { error: 'tooLong' })
        .refine((value) => value.trim() !== '', { error: 'required' }),
    }),
    z.object({
      ...laneFields,
      source: z.literal('plate'),
      plateReadId: z.number({ error: 'invalidNumber' }).int({ error: 'invalidNumber' }).positive({
        error: 'invalidNumber',
      }),
      /** The matched declaration the officer opened, one of the read's matches. */
      declarationId: z.uuid({ error: 'invalid' }),
    }),
  ],
  { error: 'invalidOption' },
);
export type GateLookupRequest = z.infer<typeof GateLookupRequest>;

/**
 * The lane screen's verdict, most serious first when several apply. `not_ours` is a code
 * from another system, `tampered` a verification link of ours whose token matches no result,
 * and `unrecognized` input that is neither a link, a result number, a reference code nor an MRZ.
 */
export const GateVerdict = z.enum([
  'valid',
  'revoked',
  'used',
  'expired',
  'not_issued',
  'wrong_gate',
  'wrong_direction',
  'wrong_day',
  'not_ours',
  'tampered',
  'not_found',
  'invalid_mrz',
  'unrecognized',
]);
export type GateVerdict = z.infer<typeof GateVerdict>;

/** A crossing or refusal recorded for one traveller. Times are ISO 8601 in UTC. */
export const TravellerCrossing = z.object({
  outcome: z.enum(['crossed', 'refused']),
  recordedAt: z.string(),
  gateCode: z.string(),
  laneCode: z.string(),
  refusalReason: z.string().nullable(),
});
export type TravellerCrossing = z.infer<typeof TravellerCrossing>;

/** One traveller as the lane officer compares them with the person and the document at the desk. */
export const GateTraveller = z.object({
  position: z.number().int(),
  fullName: z.string(),
  sex: Sex,
  dateOfBirth: z.string(),
  nationality: z.string(),
  documentType: DocumentType,
  documentNumber: z.string(),
  documentExpiryDate: z.string(),
  /** The officers' photo URL of the traveller, or null when no photo is on file. */
  photoUrl: z.string().nullable(),
  crossing: TravellerCrossing.nullable(),
});
export type GateTraveller = z.infer<typeof GateTraveller>;

/** The declaration and result that a lookup found. */
export const GateRecord = z.object({
  declarationId: z.string(),
  referenceCode: z.string().nullable(),
  resultNumber: z.string(),
  gateCode: z.string(),
  direction: Direction,
  plannedCrossingDate: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  /** When the first traveller crossed with this result; null until then. */
  firstCrossedAt: z.string().nullable(),
  /** When every traveller had crossed or been refused, which made the result used. */
  usedAt: z.string().nullable(),
  travellers: z.array(GateTraveller),
  /** The private vehicle of the crossing, when the declaration names one. */
  vehicle: z.object({ plateNumber: z.string(), plateCountry: z.string().nullable() }).nullable(),
  /** The truck, trailer and goods of a cargo declaration; null or absent for travellers. */
  cargo: GateCargo.nullable().optional(),
  /** Screening flags for the officer: watchlist matches, expiring documents, earlier rejections and more. */
  screeningFlags: z.array(ScreeningFlag),
});
export type GateRecord = z.infer<typeof GateRecord>;

/** Result of a lookup: the verdict, every check that failed, and the record when one was found. */
export const GateLookupView = z.object({
  verdict: GateVerdict,
  /** Every failed check of the record, most serious first; empty when the verdict is valid. */
  findings: z.array(GateVerdict),
  /** The method to store when the officer records the crossing from this lookup. */
  method: CrossingMethod,
  record: GateRecord.nullable(),
});
export type GateLookupView = z.infer<typeof GateLookupView>;
