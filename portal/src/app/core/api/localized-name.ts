/** Reference data named in the interface languages. The Khmer name is optional. */
export interface LocalizedNames {
  nameVi: string;
  nameEn: string;
  nameKm?: string;
}

/**
 * Picks the name of a gate, purpose or country in the interface language. Khmer falls back to
 * English where no Khmer name was entered, and any other language shows English.
 */
export function localizedName(item: LocalizedNames, languageCode: string): string {
  if (languageCode === 'vi') {
    return item.nameVi;
  }
  if (languageCode === 'km' && item.nameKm) {
    return item.nameKm;
  }
  return item.nameEn;
}
