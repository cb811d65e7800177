import { FIELD_LABEL_KEYS, VALIDATION_MESSAGE_KEYS } from '@smartgate/shared-models';

import english from '../../../../public/i18n/en.json';
import khmer from '../../../../public/i18n/km.json';
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

const FILES: Readonly<Record<string, TranslationTree>> = { vi: vietnamese, en: english, km: khmer };

describe('translation files', () => {
  const vietnameseKeys = flattenKeys(vietnamese);

  for (const [code, file] of Object.entries(FILES)) {
    const keys = flattenKeys(file);

    it(`give ${code} every key of the other languages`, () => {
      for (const [otherCode, otherFile] of Object.entries(FILES)) {
        expect(missingKeys(flattenKeys(otherFile), keys))
          .withContext(`${otherCode} → ${code}`)
          .toEqual([]);
      }
    });

    it(`give ${code} every shared validation message and field label`, () => {
      const validationKeys = VALIDATION_MESSAGE_KEYS.map((key) => `validation.${key}`);
      const fieldKeys = FIELD_LABEL_KEYS.map((key) => `fields.${key}`);

      expect(missingKeys(validationKeys, keys)).toEqual([]);
      expect(missingKeys(fieldKeys, keys)).toEqual([]);
    });

    it(`name the field in every ${code} validation message`, () => {
      for (const [key, message] of Object.entries(file['validation'] as TranslationTree)) {
        expect(message).withContext(`${code}.validation.${key}`).toContain('{{field}}');
      }
    });

    it(`leave no ${code} text blank`, () => {
      const blank = keys.filter((key) => {
        const text = key
          .split('.')
          .reduce<string | TranslationTree>((node, part) => (node as TranslationTree)[part], file);
        return typeof text !== 'string' || text.trim() === '';
      });

      expect(blank).toEqual([]);
    });
  }

  it('list Vietnamese first as the default language', () => {
    expect(languageList[0].code).toBe('vi');
  });

  it('list Vietnamese, English and Khmer', () => {
    expect(languageList.map((language) => language.code)).toEqual(['vi', 'en', 'km']);
  });

  it('cover every listed language', async () => {
    for (const language of languageList) {
      const keys = flattenKeys(await fetchTranslations(language.code));

      expect(missingKeys(vietnameseKeys, keys)).withContext(language.code).toEqual([]);
    }
  });
});
