import { VALIDATION_MESSAGE_KEYS } from '@smartgate/shared-models';

import english from '../../../../public/i18n/en.json';
import languageList from '../../../../public/i18n/languages.json';
import vietnamese from '../../../../public/i18n/vi.json';

type TranslationTree = { [key: string]: string | TranslationTree };

/** Lists every key of a translation file as a dotted path, such as `validation.required`. */
function flattenKeys(tree: TranslationTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flattenKeys(value, `${prefix}${key}.`),
  );
}

function missingKeys(reference: string[], candidate: string[]): string[] {
  const present = new Set(candidate);
  return reference.filter((key) => !present.has(key));
}

/** Loads a translation file the way the running app does, from the served `i18n` folder. */
async function fetchTranslations(code: string): Promise<TranslationTree> {
  const response = await fetch(`/i18n/${code}.json`);
  expect(response.ok).withContext(`i18n/${code}.json is served`).toBeTrue();
  return (await response.json()) as TranslationTree;
}

describe('translation files', () => {
  const vietnameseKeys = flattenKeys(vietnamese);
  const englishKeys = flattenKeys(english);

  it('give English every Vietnamese key', () => {
    expect(missingKeys(vietnameseKeys, englishKeys)).toEqual([]);
  });

  it('give Vietnamese every English key', () => {
    expect(missingKeys(englishKeys, vietnameseKeys)).toEqual([]);
  });

  it('translate every validation key', () => {
    const validationKeys = VALIDATION_MESSAGE_KEYS.map((key) => `validation.${key}`);

    expect(missingKeys(validationKeys, vietnameseKeys)).toEqual([]);
    expect(missingKeys(validationKeys, englishKeys)).toEqual([]);
  });

  it('name the field in every validation message', () => {
    const messages = [vietnamese.validation, english.validation].flatMap((group) => Object.entries(group));

    for (const [key, message] of messages) {
      expect(message).withContext(key).toContain('{{field}}');
    }
  });

  it('list Vietnamese first as the default language', () => {
    expect(languageList[0].code).toBe('vi');
  });

  it('cover every listed language', async () => {
    for (const language of languageList) {
      const keys = flattenKeys(await fetchTranslations(language.code));

      expect(missingKeys(vietnameseKeys, keys)).withContext(language.code).toEqual([]);
    }
  });
});
