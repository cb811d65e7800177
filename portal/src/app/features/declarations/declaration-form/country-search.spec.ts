import type { Country } from '@smartgate/shared-models';

import { findCountry, matchCountries } from './country-search';

const COUNTRIES: Country[] = [
  { code: 'DEU', nameVi: 'Đức', nameEn: 'Germany' },
  { code: 'KHM', nameVi: 'Campuchia', nameEn: 'Cambodia', nameKm: 'កម្ពុជា' },
  { code: 'LAO', nameVi: 'Lào', nameEn: 'Laos' },
  { code: 'VNM', nameVi: 'Việt Nam', nameEn: 'Viet Nam', nameKm: 'វៀតណាម' },
];

describe('country search', () => {
  it('offers common nationalities first', () => {
    expect(matchCountries(COUNTRIES, '').map((country) => country.code)).toEqual([
      'VNM',
      'KHM',
      'LAO',
      'DEU',
    ]);
  });

  it('matches names without diacritics in either language', () => {
    expect(matchCountries(COUNTRIES, 'viet').map((country) => country.code)).toEqual(['VNM']);
    expect(matchCountries(COUNTRIES, 'duc').map((country) => country.code)).toEqual(['DEU']);
    expect(matchCountries(COUNTRIES, 'cambod').map((country) => country.code)).toEqual(['KHM']);
  });

  it('matches Khmer names', () => {
    expect(matchCountries(COUNTRIES, 'កម្ពុ').map((country) => country.code)).toEqual(['KHM']);
    expect(findCountry(COUNTRIES, 'វៀតណាម')?.code).toBe('VNM');
  });

  it('matches an alpha-3 code', () => {
    expect(matchCountries(COUNTRIES, 'khm').map((country) => country.code)).toEqual(['KHM']);
  });

  it('offers all after a choice', () => {
    expect(matchCountries(COUNTRIES, 'KHM').length).toBe(4);
  });

  it('finds a country typed in full', () => {
    expect(findCountry(COUNTRIES, 'viet nam')?.code).toBe('VNM');
    expect(findCountry(COUNTRIES, 'Campuchia')?.code).toBe('KHM');
    expect(findCountry(COUNTRIES, 'lao')?.code).toBe('LAO');
    expect(findCountry(COUNTRIES, 'Viet')).toBeUndefined();
    expect(findCountry(COUNTRIES, '  ')).toBeUndefined();
  });
});
