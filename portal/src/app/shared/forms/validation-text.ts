import { InjectionToken } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';

import { ControlIssue } from './form-issues';

/** The translation keys that name the travellers of a declaration in field labels. */
export interface TravellerLabelKeys {
  /** The traveller at index 0, such as "Lead traveller". */
  first: string;
  /** Any other traveller, with their index as the `n` parameter, such as "Companion n". */
  other: string;
  /** The whole list of travellers, such as "Travellers". */
  list: string;
}

/** The names of the travellers of a crossing declaration. */
export const CROSSING_TRAVELLER_LABELS: TravellerLabelKeys = {
  first: 'fields.leadTraveller',
  other: 'fields.companion',
  list: 'fields.travellers',
};

/**
 * The names of the travellers in the field labels of a form and its descendants: a crossing's
 * unless the form provides others, such as "Driver" and "Crew member n" for a truck crossing.
 */
export const TRAVELLER_LABEL_KEYS = new InjectionToken<TravellerLabelKeys>('TravellerLabelKeys', {
  providedIn: 'root',
  factory: () => CROSSING_TRAVELLER_LABELS,
});

/**
 * Builds the label of a field from its path in the current language, such as
 * "Companion 1 – Full name" for `travellers.1.fullName`. `travellers.0` is the lead traveller,
 * and `goodsLines.0.hsCode` reads "Goods line 1 – HS code".
 */
export function translateFieldLabel(
  translate: TranslateService,
  path: readonly (string | number)[],
  travellerLabels: TravellerLabelKeys = CROSSING_TRAVELLER_LABELS,
): string {
  const parts: string[] = [];

  for (let index = 0; index < path.length; index++) {
    const segment = path[index];
    const next = path[index + 1];
    if (segment === 'travellers' && typeof next === 'number') {
      parts.push(travellerLabel(translate, next, travellerLabels));
      index++;
    } else if (segment === 'travellers') {
      parts.push(translate.instant(travellerLabels.list) as string);
    } else if (segment === 'goodsLines' && typeof next === 'number') {
      // Goods lines are numbered from 1 on screen, as the table and the import report count them.
      parts.push(translate.instant('fields.goodsLine', { n: next + 1 }) as string);
      index++;
    } else if (typeof segment === 'string') {
      parts.push(translateOr(translate, `fields.${segment}`, segment));
    }
  }

  return parts.join(' – ');
}

/** Returns "Lead traveller" for index 0 and "Companion n" for the others (or the given names), in the current language. */
export function travellerLabel(
  translate: TranslateService,
  index: number,
  travellerLabels: TravellerLabelKeys = CROSSING_TRAVELLER_LABELS,
): string {
  return index === 0
    ? (translate.instant(travellerLabels.first) as string)
    : (translate.instant(travellerLabels.other, { n: index }) as string);
}

/**
 * Renders a validation issue in the current language with the field named. An unknown key
 * shows the API's own message when there is one, else the generic "invalid" message.
 */
export function translateIssue(
  translate: TranslateService,
  issue: ControlIssue,
  path: readonly (string | number)[],
  travellerLabels: TravellerLabelKeys = CROSSING_TRAVELLER_LABELS,
): string {
  const field = translateFieldLabel(translate, path, travellerLabels);
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
