import { localizedName, type LocalizedNames } from '../../core/api/localized-name';

/**
 * Returns the name of the item with the given code in the interface language, or the code
 * itself while the list is loading or when the code is unknown.
 */
export function nameForCode<T extends LocalizedNames & { code: string }>(
  items: readonly T[],
  code: string | null | undefined,
  languageCode: string,
): string {
  if (!code) {
    return '';
  }

  const item = items.find((candidate) => candidate.code === code);
  return item ? localizedName(item, languageCode) : code;
}
