import { foldText, type Country } from '@smartgate/shared-models';

import { localizedName } from '../../../core/api/localized-name';

// Most travellers at Vietnam–Cambodia gates are Vietnamese or Cambodian, so these lead the list.
const PINNED_CODES = ['VNM', 'KHM', 'LAO'];

// Rendering every country for every traveller is slow on phones, so the list is capped and typing narrows it.
const MAX_SHOWN = 50;

/**
 * Returns the countries to offer for the text typed in the nationality field, matching
 * Vietnamese and English names without regard to case or diacritics, and alpha-3 codes.
 * Blank text or an already chosen code offers the common nationalities first.
 */
export function matchCountries(
  countries: readonly Country[],
  typed: string,
  languageCode: string,
): Country[] {
  const isChosenCode = countries.some((country) => country.code === typed);
  const query = isChosenCode ? '' : foldText(typed);

  if (query === '') {
    const pinned = PINNED_CODES.map((code) => countries.find((country) => country.code === code)).filter(
      (country): country is Country => country !== undefined,
    );
    const others = countries.filter((country) => !PINNED_CODES.includes(country.code));
    return [...pinned, ...others].slice(0, MAX_SHOWN);
  }

  return countries
    .filter(
      (country) =>
        foldText(localizedName(country, languageCode)).includes(query) ||
        foldText(country.nameVi).includes(query) ||
        foldText(country.nameEn).includes(query) ||
        country.code.toLowerCase() === query,
    )
    .slice(0, MAX_SHOWN);
}

/** Finds the country whose code or name in either language equals the typed text, ignoring case and diacritics. */
export function findCountry(countries: readonly Country[], typed: string): Country | undefined {
  const query = foldText(typed);
  if (query === '') {
    return undefined;
  }

  return countries.find(
    (country) =>
      country.code.toLowerCase() === query ||
      foldText(country.nameVi) === query ||
      foldText(country.nameEn) === query,
  );
}
