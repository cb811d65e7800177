import en from '../../../../public/i18n/en.json';
import vi from '../../../../public/i18n/vi.json';
import { QUEUE_STATUSES } from '../api/declaration-query';
import { knownProblemTypes } from '../errors/problem';

type TranslationTree = { [key: string]: string | TranslationTree };

const catalogs: Record<string, TranslationTree> = { vi, en };

/** Flattens nested translations into dotted keys, such as `declarations.status.submitted`. */
function flatten(tree: TranslationTree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();

  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      entries.set(path, value);
    } else {
      flatten(value, path).forEach((text, nestedPath) => entries.set(nestedPath, text));
    }
  }

  return entries;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();
}

describe('translation files', () => {
  const viKeys = flatten(vi);
  const enKeys = flatten(en);

  it('have no key missing in English', () => {
    const missing = [...viKeys.keys()].filter((key) => !enKeys.has(key));
    expect(missing).withContext('keys in vi.json but not in en.json').toEqual([]);
  });

  it('have no key missing in Vietnamese', () => {
    const missing = [...enKeys.keys()].filter((key) => !viKeys.has(key));
    expect(missing).withContext('keys in en.json but not in vi.json').toEqual([]);
  });

  it('have no empty text', () => {
    for (const [language, catalog] of Object.entries(catalogs)) {
      const empty = [...flatten(catalog)].filter(([, text]) => text.trim() === '').map(([key]) => key);
      expect(empty).withContext(`empty texts in ${language}.json`).toEqual([]);
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, viText] of viKeys) {
      const enText = enKeys.get(key) ?? '';
      expect(placeholders(enText)).withContext(key).toEqual(placeholders(viText));
    }
  });

  it('name every value the screens translate by code', () => {
    const codeKeys = [
      ...['draft', ...QUEUE_STATUSES].map((status) => `declarations.status.${status}`),
      ...['draft', 'submitted', 'approved', 'rejected', 'issued'].map(
        (status) => `declarations.history.${status}`,
      ),
      ...['entry', 'exit'].map((direction) => `declarations.direction.${direction}`),
      ...['male', 'female'].map((sex) => `declarations.sex.${sex}`),
      ...['car', 'motorbike'].map((kind) => `declarations.vehicle.kinds.${kind}`),
      ...['passport', 'border_pass', 'border_resident_permit', 'vn_citizen_id', 'other'].map(
        (documentType) => `declarations.documentType.${documentType}`,
      ),
      ...['pending', 'issued', 'revoked'].map((status) => `declarations.resultStatus.${status}`),
      ...knownProblemTypes().map((type) => `problems.${type}`),
      'problems.network',
    ];

    for (const key of codeKeys) {
      expect(viKeys.has(key)).withContext(`vi.json lacks ${key}`).toBeTrue();
      expect(enKeys.has(key)).withContext(`en.json lacks ${key}`).toBeTrue();
    }
  });
});
