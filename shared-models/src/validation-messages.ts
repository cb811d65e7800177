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

/** The declaration whose field paths a label names: a travel crossing or a cargo consignment. */
export type FieldLabelKind = 'travel' | 'cargo';

/** The label keys of the travellers list, its first traveller and the others, by declaration kind. */
const TRAVELLER_KEYS_BY_KIND: Readonly<
  Record<FieldLabelKind, { list: FieldLabelKey; first: FieldLabelKey; other: FieldLabelKey }>
> = {
  travel: { list: 'travellers', first: 'leadTraveller', other: 'companion' },
  cargo: { list: 'driverAndCrew', first: 'driver', other: 'crewMember' },
};

/**
 * Builds a label naming a field by its path, such as "Companion 1 – Full name" for
 * `travellers.1.fullName`. The lead traveller is always `travellers.0`; goods lines are counted
 * from 1, so `goodsLines.0.quantity` is "Goods line 1 – Quantity". In a cargo declaration
 * (`kind` 'cargo') `travellers.0` is the driver and the others are crew, so
 * `travellers.1.fullName` is "Crew member 1 – Full name".
 */
export function fieldLabel(
  path: readonly (string | number)[],
  language: Language | string,
  kind: FieldLabelKind = 'travel',
): string {
  const labels: Readonly<Record<string, string>> = FIELD_LABELS[catalogLanguage(language)];
  const travellerKeys = TRAVELLER_KEYS_BY_KIND[kind];
  const parts: string[] = [];

  for (let index = 0; index < path.length; index++) {
    const segment = path[index];
    const next = path[index + 1];
    if (segment === 'travellers' && typeof next === 'number') {
      const key = next === 0 ? travellerKeys.first : travellerKeys.other;
      parts.push(labels[key].replace('{n}', String(next)));
      index++;
    } else if (segment === 'travellers') {
      parts.push(labels[travellerKeys.list]);
    } else if (segment === 'goodsLines' && typeof next === 'number') {
      parts.push(labels['goodsLine'].replace('{n}', String(next + 1)));
      index++;
    } else if (typeof segment === 'string') {
      parts.push(labels[segment] ?? segment);
    }
  }

  return parts.join(' – ');
}

/**
 * Renders a validation message key for a field path in a language. Unknown keys render as "invalid".
 * `params` fill the message's other placeholders, such as `{from}` and `{until}`. With `kind`
 * 'cargo' the travellers are named as the driver and crew (see `fieldLabel`).
 */
export function validationMessage(
  key: string,
  path: readonly (string | number)[],
  language: Language | string,
  params: Readonly<Record<string, string>> = {},
  kind: FieldLabelKind = 'travel',
): string {
  const catalog: Readonly<Record<string, string>> = VALIDATION_MESSAGES[catalogLanguage(language)];
  const template = catalog[key] ?? catalog['invalid'];
  const withParams = Object.entries(params).reduce(
    (message, [name, value]) => message.replaceAll(`{${name}}`, value),
    template,
  );
  return withParams.replaceAll('{field}', fieldLabel(path, language, kind));
}

/** Message keys that the schemas use, for catalogs kept elsewhere (the SPAs' translation files). */
export const VALIDATION_MESSAGE_KEYS: readonly string[] = Object.keys(EN_MESSAGES);

/** Field names that validation messages can name, for catalogs kept elsewhere. */
export const FIELD_LABEL_KEYS: readonly string[] = Object.keys(EN_FIELD_LABELS);
