import { z } from 'zod';

import { Direction } from './declaration-status';

/** A lane of a gate where officers record crossings. A lane without a direction serves both. */
export const GateLane = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  direction: Direction.nullable(),
});
export type GateLane = z.infer<typeof GateLane>;

/** A gate that the signed-in officer may work at, with its active lanes in display order. */
export const GateDesk = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  lanes: z.array(GateLane),
});
export type GateDesk = z.infer<typeof GateDesk>;

/** The gate code of a lane screen request, in capitals as stored. */
export const GateCodeField = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(10, { error: 'tooLong' })
  .transform((code) => code.toUpperCase());

/** The lane code of a lane screen request. */
export const LaneCodeField = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(10, { error: 'tooLong' });
