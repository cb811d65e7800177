import { z } from 'zod';

import { DateOnly } from './date-only';
import { GateCodeField } from './gate-lane';

/** Maximum number of days that one crossing-time report covers. */
export const MAX_CROSSING_TIMES_DAYS = 92;

/** The supervisor's filter of the crossing-time report: a gate and an inclusive range of local days. */
export const CrossingTimesQuery = z
  .object({ gateCode: GateCodeField, from: DateOnly, until: DateOnly })
  .refine((query) => query.from <= query.until, { path: ['until'], error: 'invalidDate' });
export type CrossingTimesQuery = z.infer<typeof CrossingTimesQuery>;

/**
 * Median and 95th percentile of the time from scan to recorded crossing, for one lane on one
 * local day. A group recorded with one scan counts once, with its travellers counted apart.
 */
export const CrossingTimesRow = z.object({
  day: z.string(),
  laneCode: z.string(),
  /** Recordings at the lane that day: one per scan, however many travellers it recorded. */
  scans: z.number().int(),
  travellers: z.number().int(),
  medianMs: z.number().nullable(),
  p95Ms: z.number().nullable(),
});
export type CrossingTimesRow = z.infer<typeof CrossingTimesRow>;
