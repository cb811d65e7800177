import { z } from 'zod';

/** A Khmer name, absent when none was entered: the interfaces then show the English name. */
const nameKm = z.string().optional();

/** A border gate, with the facing gate across the border. */
export const Gate = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  nameKm,
  facingGateName: z.string(),
  /** The gate's own province, such as Gia Lai; absent where an administrator has not entered it. */
  province: z.string().optional(),
  facingProvince: z.string(),
  facingCountry: z.string(),
  /** A declaration can be submitted from this many days before its planned crossing date until that day. */
  submissionOpensDaysBefore: z.number().int().nonnegative(),
  /** A cargo declaration must be submitted at least this many minutes before the truck's planned arrival. */
  cargoSubmissionLeadMinutes: z.number().int().nonnegative().optional(),
});
export type Gate = z.infer<typeof Gate>;

/** A purpose of travel offered in the declaration form. */
export const TravelPurpose = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  nameKm,
});
export type TravelPurpose = z.infer<typeof TravelPurpose>;

/** A country with its names in the interface languages. */
export const Country = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  nameKm,
});
export type Country = z.infer<typeof Country>;
