/** Reference data named in Vietnamese and English. */
export interface NamedInTwoLanguages {
  nameVi: string;
  nameEn: string;
}

/**
 * Picks the name of a gate, purpose or country in the interface language.
 * NOTE: reference data carries only Vietnamese and English names, so other languages show English.
 */
export function localizedName(item: NamedInTwoLanguages, languageCode: string): string {
  return languageCode === 'vi' ? item.nameVi : item.nameEn;
}
