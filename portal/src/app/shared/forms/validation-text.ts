import { TranslateService } from '@ngx-translate/core';

import { ControlIssue } from './form-issues';

/**
 * Builds the label of a field from its path in the current language, such as
 * "Companion 1 – Full name" for `travellers.1.fullName`. `travellers.0` is the lead traveller.
 */
export function translateFieldLabel(translate: TranslateService, path: readonly (string | number)[]): string {
  const parts: string[] = [];

  for (let index = 0; index < path.length; index++) {
    const segment = path[index];
    const next = path[index + 1];
    if (segment === 'travellers' && typeof next === 'number') {
      parts.push(travellerLabel(translate, next));
      index++;
    } else if (typeof segment === 'string') {
      parts.push(translateOr(translate, `fields.${segment}`, segment));
    }
  }

  return parts.join(' – ');
}

/** Returns "Lead traveller" for index 0 and "Companion n" for the others, in the current language. */
export function travellerLabel(translate: TranslateService, index: number): string {
  return index === 0
    ? (translate.instant('fields.leadTraveller') as string)
    : (translate.instant('fields.companion', { n: index }) as string);
}

/**
 * Renders a validation issue in the current language with the field named. An unknown key
 * shows the API's own message when there is one, else the generic "invalid" message.
 */
export function translateIssue(
  translate: TranslateService,
  issue: ControlIssue,
  path: readonly (string | number)[],
): string {
  const field = translateFieldLabel(translate, path);
  const key = `validation.${issue.key}`;
  const message = translate.instant(key, { ...issue.params, field }) as string;

  if (message !== key) {
    return message;
  }
  return issue.serverMessage ?? (translate.instant('validation.invalid', { field }) as string);
}

function translateOr(translate: TranslateService, key: string, fallback: string): string {
  const text = translate.instant(key) as string;
  return text === key ? fallback : text;
}
