import Big from 'big.js';

import { canonicalDecimal } from './decimal-amount';

/** The total value of the goods in one currency. */
export interface CurrencyTotal {
  currency: string;
  amount: string;
}

/** Totals of a consignment as canonical decimal strings, without trailing zeros. */
export interface GoodsTotals {
  netWeightKg: string;
  grossWeightKg: string;
  /** Kilograms divided by 1,000, with up to 6 decimals (weights are kept to the gram). */
  netWeightTonnes: string;
  grossWeightTonnes: string;
  /** One total per currency, ordered by currency code; values in different currencies are never added. */
  values: CurrencyTotal[];
}

/** The parts of a goods line that totals read; blank fields of a draft count as nothing. */
export interface TotalledLine {
  netWeightKg?: string | null;
  grossWeightKg?: string | null;
  value?: string | null;
  currency?: string | null;
}

/** Kilograms to tonnes, rounded half up to 6 decimals (exact for weights kept to the gram). */
function tonnes(kilograms: Big): string {
  return canonicalDecimal(kilograms.div(1000).round(6, Big.roundHalfUp));
}

/**
 * Adds up the weights and values of goods lines with decimal arithmetic, so `0.1` kg and
 * `0.2` kg make `0.3`, never `0.30000000000000004`. Values are totalled per currency.
 */
export function goodsTotals(lines: readonly TotalledLine[]): GoodsTotals {
  let net = new Big(0);
  let gross = new Big(0);
  const values = new Map<string, Big>();

  for (const line of lines) {
    if (line.netWeightKg) {
      net = net.plus(line.netWeightKg);
    }
    if (line.grossWeightKg) {
      gross = gross.plus(line.grossWeightKg);
    }
    if (line.value && line.currency) {
      values.set(line.currency, (values.get(line.currency) ?? new Big(0)).plus(line.value));
    }
  }

  return {
    netWeightKg: canonicalDecimal(net),
    grossWeightKg: canonicalDecimal(gross),
    netWeightTonnes: tonnes(net),
    grossWeightTonnes: tonnes(gross),
    values: [...values.entries()]
      .sort(([first], [second]) => first.localeCompare(second))
      .map(([currency, amount]) => ({ currency, amount: canonicalDecimal(amount) })),
  };
}
