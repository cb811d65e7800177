import { foldText } from '@smartgate/shared-models';
import countries from 'i18n-iso-countries';
import { QueryTypes, type Sequelize } from 'sequelize';

import { listCountries } from '../reference/reference.repository';

/** A unit of quantity as the import needs it. */
export interface ImportUnit {
  code: string;
  decimals: number;
}

/**
 * The reference data that turns the words of a file into codes. The codes are checked afterwards
 * by the cargo module's `goodsReferenceIssues`, as for typed goods lines.
 */
export interface ImportReference {
  /** Units by folded code and folded names in Vietnamese, English and Khmer. */
  units: ReadonlyMap<string, ImportUnit>;
  /** ISO alpha-3 codes by folded alpha-3 code, alpha-2 code and names in Vietnamese and English. */
  countries: ReadonlyMap<string, string>;
}

/** Folds a unit or country written in a file for lookup: no diacritics, no case. */
export function lookupKey(text: string): string {
  return foldText(text);
}

async function loadUnits(sequelize: Sequelize): Promise<Map<string, ImportUnit>> {
  const rows = await sequelize.query<ImportUnit & { nameVi: string; nameEn: string; nameKm: string }>(
    'SELECT code, decimals, name_vi AS "nameVi", name_en AS "nameEn", name_km AS "nameKm" FROM units',
    { type: QueryTypes.SELECT },
  );

  const units = new Map<string, ImportUnit>();
  for (const row of rows) {
    const unit = { code: row.code, decimals: Number(row.decimals) };
    for (const name of [row.nameVi, row.nameEn, row.nameKm]) {
      units.set(lookupKey(name), unit);
    }
  }
  // Codes win over names, so a code is never shadowed by another unit's name.
  for (const row of rows) {
    units.set(lookupKey(row.code), { code: row.code, decimals: Number(row.decimals) });
  }
  return units;
}

async function loadCountries(): Promise<Map<string, string>> {
  const listed = await listCountries();
  const byKey = new Map<string, string>();
  for (const country of listed) {
    byKey.set(lookupKey(country.nameVi), country.code);
    byKey.set(lookupKey(country.nameEn), country.code);
    const alpha2 = countries.alpha3ToAlpha2(country.code);
    if (alpha2) {
      byKey.set(lookupKey(alpha2), country.code);
    }
  }
  // Codes win over names, as for units.
  for (const country of listed) {
    byKey.set(lookupKey(country.code), country.code);
  }
  return byKey;
}

/** Loads the units and the countries by the words a file may use for them. */
export async function loadImportReference(sequelize: Sequelize): Promise<ImportReference> {
  const [units, countryCodes] = await Promise.all([loadUnits(sequelize), loadCountries()]);
  return { units, countries: countryCodes };
}
