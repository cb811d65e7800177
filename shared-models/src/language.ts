import { z } from 'zod';

import { choiceError } from './choice-error';

/** Languages of the user interface. Vietnamese is the default. */
export const Language = z.enum(['vi', 'en', 'km'], { error: choiceError });
export type Language = z.infer<typeof Language>;

export const DEFAULT_LANGUAGE: Language = 'vi';
