import countries from 'i18n-iso-countries';
import { z } from 'zod';

/** An ISO 3166-1 alpha-3 country code such as `VNM` or `KHM`, upper-cased on input. */
export const CountryCode = z
  .string({ error: 'required' })
  .trim()
  .toUpperCase()
  .refine((code) => /^[A-Z]{3}$/.test(code) && countries.isValid(code), {
    error: 'invalidCountry',
  });
export type CountryCode = z.infer<typeof CountryCode>;
