import { z } from 'zod';

import { GoodsSummary } from './gate-cargo';
import { MAX_PLATE_LENGTH } from './vehicle';

/** A licence-plate read as a camera system posts it. */
export const PlateReadSubmission = z.object({
  cameraId: z.uuid({ error: 'invalid' }),
  plate: z
    .string({ error: 'required' })
    .transform((plate) => plate.normalize('NFC').trim())
    .pipe(z.string().min(1, { error: 'required' }).max(MAX_PLATE_LENGTH, { error: 'tooLong' })),
  /** The camera's confidence in the read, from 0 to 1. */
  confidence: z.number({ error: 'invalidType' }).min(0, { error: 'invalid' }).max(1, { error: 'invalid' }),
  capturedAt: z.iso.datetime({ offset: true, error: 'invalidDate' }),
  /** Reference to the picture in the camera system, such as a file name or an opaque id, and never the image itself. */
  imageReference: z
    .string({ error: 'invalidType' })
    .trim()
    .min(1, { error: 'required' })
    .max(500, { error: 'tooLong' })
    .optional(),
});
export type PlateReadSubmission = z.infer<typeof PlateReadSubmission>;

/** A declaration that a plate read matched, with what the lane screen shows before it is opened. */
export const PlateMatch = z.object({
  declarationId: z.string(),
  resultNumber: z.string(),
  travellerCount: z.number().int(),
  /** The goods of a matched consignment; null or absent for travellers in a private vehicle. */
  goods: GoodsSummary.nullable().optional(),
});
export type PlateMatch = z.infer<typeof PlateMatch>;

/**
 * A plate read as the lane screen lists it and receives it live. It carries no traveller names
 * or document numbers: the screen looks the declaration up when the officer opens it.
 */
export const PlateReadEvent = z.object({
  id: z.number().int(),
  gateCode: z.string(),
  laneCode: z.string().nullable(),
  cameraName: z.string(),
  plate: z.string(),
  confidence: z.number(),
  capturedAt: z.string(),
  matches: z.array(PlateMatch),
});
export type PlateReadEvent = z.infer<typeof PlateReadEvent>;
