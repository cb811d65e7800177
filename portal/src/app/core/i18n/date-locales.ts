import type { Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { km } from 'date-fns/locale/km';
import { vi } from 'date-fns/locale/vi';

/**
 * date-fns locales for the datepicker's month and weekday names, by interface language code.
 * Khmer is listed ahead of its translation file so that adding `km.json` needs no code change.
 */
const DATE_LOCALES: Readonly<Record<string, Locale>> = { vi, en: enUS, km };

/** Returns the date-fns locale of an interface language, or US English for a language without one. */
export function dateLocaleFor(languageCode: string): Locale {
  return DATE_LOCALES[languageCode] ?? enUS;
}
