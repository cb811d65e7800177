import { z } from 'zod';

/** A border gate, with the facing gate across the border. */
export const Gate = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  facingGateName: z.string(),
  facingProvince: z.string(),
  facingCountry: z.string(),
});
export type Gate = z.infer<typeof Gate>;

/** A purpose of travel offered in the declaration form. */
export const TravelPurpose = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
});
export type TravelPurpose = z.infer<typeof TravelPurpose>;

/** A country with its names in the interface languages. */
export const Country = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
});
export type Country = z.infer<typeof Country>;
