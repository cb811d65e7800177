import type { UiLanguage } from '../../core/i18n/language-state';

/** Thousands and decimal separators of each interface language. */
const SEPARATORS: Record<UiLanguage, { thousands: string; decimal: string }> = {
  vi: { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

/** A plain decimal such as `-1234.5`, the form the API sends exact quantities, weights and amounts in. */
const PLAIN_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Formats a decimal string for reading in `language`, such as `30000.1` as `30.000,1` in
 * Vietnamese and `30,000.1` in English. The digits are regrouped as text, never parsed into a
 * float, so a value with more digits than a double can represent keeps every digit. Any other text, such as a dash,
 * is returned unchanged.
 */
export function formatDecimal(value: string, language: UiLanguage): string {
  const match = PLAIN_DECIMAL.exec(value.trim());
  if (!match) {
    return value;
  }

  const [, sign, integer, fraction] = match;
  const { thousands, decimal } = SEPARATORS[language];
  const grouped = integer.replace(/\B(?=(\d{3})+$)/g, thousands);
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}${decimal}${fraction}`;
}
