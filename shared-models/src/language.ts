import { z } from 'zod';

/** Languages of the user interface. Vietnamese is the default. */
export const Language = z.enum(['vi', 'en', 'km'], { error: 'invalidOption' });
export type Language = z.infer<typeof Language>;

export const DEFAULT_LANGUAGE: Language = 'vi';
