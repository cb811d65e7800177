import countries from 'i18n-iso-countries';
import type { Sequelize, Transaction } from 'sequelize';

import { upsertByCode } from './upsert';

/** Lists every ISO 3166-1 country with its Vietnamese, English and Khmer names from the i18n-iso-countries package. */
export function countryRows(): { code: string; name_vi: string; name_en: string; name_km: string }[] {
  const namesVi = countries.getNames('vi', { select: 'official' });
  const namesEn = countries.getNames('en', { select: 'official' });
  const namesKm = countries.getNames('km', { select: 'official' });

  return Object.keys(namesEn).map((alpha2) => ({
    code: countries.alpha2ToAlpha3(alpha2)!,
    name_vi: namesVi[alpha2] ?? namesEn[alpha2],
    name_en: namesEn[alpha2],
    name_km: namesKm[alpha2] ?? namesEn[alpha2],
  }));
}

/** Upserts the countries. They follow the package, so a newer package version updates the names. */
export async function seedCountries(sequelize: Sequelize, transaction: Transaction): Promise<void> {
  await upsertByCode(sequelize, 'countries', countryRows(), { overwrite: true, transaction });
}
