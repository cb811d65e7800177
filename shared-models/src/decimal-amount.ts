import Big from 'big.js';
import { z } from 'zod';

/** A plain decimal as typed or sent in JSON: an optional minus, digits, and decimals after a dot. */
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** The limits of one decimal field, matching its PostgreSQL `numeric(precision, scale)` column. */
export interface DecimalLimits {
  /** Decimal places allowed (the column's scale), such as 3 for kilograms to the gram. */
  decimals: number;
  /** Digits allowed before the decimal point (the column's precision minus its scale). */
  integerDigits: number;
  /** `positive` refuses zero and below; `nonNegative` refuses only values below zero. */
  minimum: 'positive' | 'nonNegative';
}

/**
 * Writes a decimal in plain notation without trailing zeros, such as `1250.5` or `0.3`.
 * Decimals travel in JSON as these strings, so no float ever holds them.
 */
export function canonicalDecimal(value: Big): string {
  return value.eq(0) ? '0' : value.toFixed();
}

/** Counts the decimal places a decimal needs, ignoring trailing zeros: `1.500` needs 1. */
export function decimalPlaces(value: Big): number {
  return Math.max(0, value.c.length - value.e - 1);
}

/** Reads a plain decimal string, or returns null for anything else (exponents, commas, NaN, blanks). */
export function parseDecimal(raw: string): Big | null {
  const trimmed = raw.trim();
  return PLAIN_DECIMAL.test(trimmed) ? new Big(trimmed) : null;
}

/** Adds decimal strings exactly: `sumDecimals(['0.1', '0.2'])` is `0.3`. */
export function sumDecimals(values: readonly string[]): string {
  return canonicalDecimal(values.reduce((total, value) => total.plus(value), new Big(0)));
}

/**
 * A number sent instead of a string is read through its shortest decimal form, so 0.1 stays 0.1;
 * NaN and the infinities become text that the pattern refuses.
 */
function asDecimalText(value: unknown): unknown {
  return typeof value === 'number' ? String(value) : value;
}

/**
 * A decimal field: accepts a string or a number, refuses exponents, NaN, commas and more
 * decimals than the limits allow, and returns the canonical string. `tooManyDecimals`
 * carries the allowed number of decimals as the `decimals` parameter of its message.
 */
export function decimalAmount(limits: DecimalLimits) {
  return z.preprocess(
    asDecimalText,
    z
      .string({ error: 'required' })
      .trim()
      .min(1, { error: 'required' })
      .transform((text, context) => {
        const value = parseDecimal(text);
        if (!value) {
          context.addIssue({ code: 'custom', message: 'invalidDecimal' });
          return z.NEVER;
        }

        if (decimalPlaces(value) > limits.decimals) {
          context.addIssue({
            code: 'custom',
            message: 'tooManyDecimals',
            params: { decimals: String(limits.decimals) },
          });
          return z.NEVER;
        }

        if (value.abs().gte(new Big(10).pow(limits.integerDigits))) {
          context.addIssue({ code: 'custom', message: 'decimalTooLarge' });
          return z.NEVER;
        }

        const refused = limits.minimum === 'positive' ? value.lte(0) : value.lt(0);
        if (refused) {
          const message = limits.minimum === 'positive' ? 'mustBePositive' : 'mustNotBeNegative';
          context.addIssue({ code: 'custom', message });
          return z.NEVER;
        }

        return canonicalDecimal(value);
      }),
  );
}
