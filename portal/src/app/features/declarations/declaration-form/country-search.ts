import { foldText, type Country } from '@smartgate/shared-models';

// Most travellers at Vietnam–Cambodia gates are Vietnamese or Cambodian, so these lead the list.
const PINNED_CODES = ['VNM', 'KHM', 'LAO'];

// Rendering every country for every traveller is slow on phones, so the list is capped and typing narrows it.
const MAX_SHOWN = 50;

/** Checks whether a country's name in any interface language contains the folded query. */
function nameContains(country: Country, query: string): boolean {
  return [country.nameVi, country.nameEn, country.nameKm ?? ''].some((name) =>
    foldText(name).includes(query),
  );
}

/** Checks whether a country's code or name in any interface language equals the folded query. */
function nameEquals(country: Country, query: string): boolean {
  const names = [country.nameVi, country.nameEn, country.nameKm ?? ''];
  return country.code.toLowerCase() === query || names.some((name) => foldText(name) === query);
}

/**
 * Returns the countries to offer for the text typed in the nationality field, matching
 * Vietnamese, English and Khmer names without regard to case or diacritics, and alpha-3 codes.
 * Blank text or an already chosen code offers the common nationalities first.
 */
export function matchCountries(countries: readonly Country[], typed: string): Country[] {
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
    .filter((country) => nameContains(country, query) || country.code.toLowerCase() === query)
    .slice(0, MAX_SHOWN);
}

/** Finds the country whose code or name in any interface language equals the typed text, ignoring case and diacritics. */
export function findCountry(countries: readonly Country[], typed: string): Country | undefined {
  const query = foldText(typed);
  if (query === '') {
    return undefined;
  }

  return countries.find((country) => nameEquals(country, query));
}
