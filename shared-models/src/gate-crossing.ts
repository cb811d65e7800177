import { z } from 'zod';

import { GateCodeField, LaneCodeField } from './gate-lane';
import { CrossingMethod } from './gate-lookup';
import { requiredText } from './text';

const declarationId = z.uuid({ error: 'invalid' });

/** The moment of the scan on the lane screen, from which the time to the recorded crossing is measured. */
const scannedAt = z.iso.datetime({ offset: true, error: 'invalidDate' });

const travellerPosition = z
  .number({ error: 'invalidNumber' })
  .int({ error: 'invalidNumber' })
  .min(0, { error: 'invalidNumber' })
  .max(9, { error: 'invalidNumber' });

/**
 * Records the crossing of the travellers the officer ticked, or of every traveller not yet
 * crossed or refused when `travellerPositions` is absent.
 */
export const CrossingRequest = z.object({
  gateCode: GateCodeField,
  laneCode: LaneCodeField,
  declarationId,
  travellerPositions: z
    .array(travellerPosition, { error: 'invalidType' })
    .min(1, { error: 'noTravellers' })
    .max(10, { error: 'tooManyTravellers' })
    .refine((positions) => new Set(positions).size === positions.length, { error: 'invalid' })
    .optional(),
  method: CrossingMethod,
  scannedAt,
});
export type CrossingRequest = z.infer<typeof CrossingRequest>;

/** Records that the officer refused one traveller at the gate, with the reason kept in the trail. */
export const RefusalRequest = z.object({
  gateCode: GateCodeField,
  laneCode: LaneCodeField,
  declarationId,
  travellerPosition,
  reason: requiredText(1000),
  method: CrossingMethod,
});
export type RefusalRequest = z.infer<typeof RefusalRequest>;

/** Bounds of the recorded time from scan to crossing: clocks a few seconds apart, and a desk left open for an hour. */
export const SCAN_TO_RECORD_BOUNDS = { minMs: -5_000, maxMs: 3_600_000 } as const;
