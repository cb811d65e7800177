import { z } from 'zod';

import { GoodsTotalsView } from './cargo-view';

/**
 * The goods of a consignment in a few words, as a plate-read match and the lane screen show them:
 * the total gross weight in tonnes, the first line's description and the number of lines.
 */
export const GoodsSummary = z.object({
  grossWeightTonnes: z.string(),
  firstDescription: z.string(),
  lineCount: z.number().int(),
});
export type GoodsSummary = z.infer<typeof GoodsSummary>;

/** A plate of a consignment's vehicle or trailer, as printed, with the plate's country. */
export const GatePlate = z.object({ plateNumber: z.string(), plateCountry: z.string().nullable() });
export type GatePlate = z.infer<typeof GatePlate>;

/** The consignment of a cargo declaration as the lane officer checks it against the truck. */
export const GateCargo = z.object({
  businessName: z.string().nullable(),
  vehicle: GatePlate.extend({
    kind: z.string().nullable(),
    transportLicenceNumber: z.string().nullable(),
    /** `YYYY-MM-DD`; null when the vehicle has no licence on file. */
    transportLicenceExpiry: z.string().nullable(),
  }),
  trailer: GatePlate.nullable(),
  totals: GoodsTotalsView,
  goods: GoodsSummary,
});
export type GateCargo = z.infer<typeof GateCargo>;
