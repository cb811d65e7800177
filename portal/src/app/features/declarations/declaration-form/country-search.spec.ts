import type { Country } from '@smartgate/shared-models';

import { findCountry, matchCountries } from './country-search';

const COUNTRIES: Country[] = [
  { code: 'DEU', nameVi: 'Đức', nameEn: 'Germany' },
  { code: 'KHM', nameVi: 'Campuchia', nameEn: 'Cambodia' },
  { code: 'LAO', nameVi: 'Lào', nameEn: 'Laos' },
  { code: 'VNM', nameVi: 'Việt Nam', nameEn: 'Viet Nam' },
];

describe('country search', () => {
  it('offers common nationalities first', () => {
    expect(matchCountries(COUNTRIES, '', 'vi').map((country) => country.code)).toEqual([
      'VNM',
      'KHM',
      'LAO',
      'DEU',
    ]);
  });

  it('matches names without diacritics in either language', () => {
    expect(matchCountries(COUNTRIES, 'viet', 'vi').map((country) => country.code)).toEqual(['VNM']);
    expect(matchCountries(COUNTRIES, 'duc', 'en').map((country) => country.code)).toEqual(['DEU']);
    expect(matchCountries(COUNTRIES, 'cambod', 'vi').map((country) => country.code)).toEqual(['KHM']);
  });

  it('matches an alpha-3 code', () => {
    expect(matchCountries(COUNTRIES, 'khm', 'en').map((country) => country.code)).toEqual(['KHM']);
  });

  it('offers all after a choice', () => {
    expect(matchCountries(COUNTRIES, 'KHM', 'vi').length).toBe(4);
  });

  it('finds a country typed in full', () => {
    expect(findCountry(COUNTRIES, 'viet nam')?.code).toBe('VNM');
    expect(findCountry(COUNTRIES, 'Campuchia')?.code).toBe('KHM');
    expect(findCountry(COUNTRIES, 'lao')?.code).toBe('LAO');
    expect(findCountry(COUNTRIES, 'Viet')).toBeUndefined();
    expect(findCountry(COUNTRIES, '  ')).toBeUndefined();
  });
});
