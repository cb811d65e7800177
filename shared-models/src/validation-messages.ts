import type { Language } from './language';
import {
  EN_FIELD_LABELS,
  EN_MESSAGES,
  type FieldLabelKey,
  type ValidationMessageKey,
} from './validation-catalog-en';
import { KM_FIELD_LABELS, KM_MESSAGES } from './validation-catalog-km';
import { VI_FIELD_LABELS, VI_MESSAGES } from './validation-catalog-vi';

export type { FieldLabelKey, ValidationMessageKey } from './validation-catalog-en';

/** Languages with a complete message catalog. The others fall back to English. */
export type CatalogLanguage = 'vi' | 'en' | 'km';

/** Validation message templates by language and key, where `{field}` is replaced with the field's label. */
export const VALIDATION_MESSAGES: Readonly<
  Record<CatalogLanguage, Readonly<Record<ValidationMessageKey, string>>>
> = { vi: VI_MESSAGES, en: EN_MESSAGES, km: KM_MESSAGES };

/** Field labels by language and field name, where `{n}` is a companion's number. */
export const FIELD_LABELS: Readonly<Record<CatalogLanguage, Readonly<Record<FieldLabelKey, string>>>> = {
  vi: VI_FIELD_LABELS,
  en: EN_FIELD_LABELS,
  km: KM_FIELD_LABELS,
};

function catalogLanguage(language: Language | string): CatalogLanguage {
  return language === 'vi' || language === 'km' ? language : 'en';
}

/**
 * Builds a label naming a field by its path, such as "Companion 1 – Full name" for
 * `travellers.1.fullName`. The lead traveller is always `travellers.0`.
 */
export function fieldLabel(path: readonly (string | number)[], language: Language | string): string {
  const labels: Readonly<Record<string, string>> = FIELD_LABELS[catalogLanguage(language)];
  const parts: string[] = [];

  for (let index = 0; index < path.length; index++) {
    const segment = path[index];
    const next = path[index + 1];
    if (segment === 'travellers' && typeof next === 'number') {
      parts.push(next === 0 ? labels['leadTraveller'] : labels['companion'].replace('{n}', String(next)));
      index++;
    } else if (typeof segment === 'string') {
      parts.push(labels[segment] ?? segment);
    }
  }

  return parts.join(' – ');
}

/**
 * Renders a validation message key for a field path in a language. Unknown keys render as "invalid".
 * `params` fill the message's other placeholders, such as `{from}` and `{until}`.
 */
export function validationMessage(
  key: string,
  path: readonly (string | number)[],
  language: Language | string,
  params: Readonly<Record<string, string>> = {},
): string {
  const catalog: Readonly<Record<string, string>> = VALIDATION_MESSAGES[catalogLanguage(language)];
  const template = catalog[key] ?? catalog['invalid'];
  const withParams = Object.entries(params).reduce(
    (message, [name, value]) => message.replaceAll(`{${name}}`, value),
    template,
  );
  return withParams.replaceAll('{field}', fieldLabel(path, language));
}

/** Message keys that the schemas use, for catalogs kept elsewhere (the SPAs' translation files). */
export const VALIDATION_MESSAGE_KEYS: readonly string[] = Object.keys(EN_MESSAGES);

/** Field names that validation messages can name, for catalogs kept elsewhere. */
export const FIELD_LABEL_KEYS: readonly string[] = Object.keys(EN_FIELD_LABELS);
