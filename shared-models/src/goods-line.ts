import Big from 'big.js';
import { z } from 'zod';

import { CountryCode } from './country-code';
import { draftField } from './crossing-declaration';
import { decimalAmount, decimalPlaces } from './decimal-amount';
import { HsCode } from './hs-code';
import { requiredText, requiredVisibleText } from './text';

/** The maximum length of a goods line's description. */
export const MAX_GOODS_DESCRIPTION_LENGTH = 500;

/** Quantities are stored as `numeric(18,3)`; each unit may allow fewer decimals (see `GoodsUnit`). */
export const GoodsQuantity = decimalAmount({ decimals: 3, integerDigits: 15, minimum: 'positive' });

/** Weights are kilograms to the gram, stored as `numeric(14,3)`. */
export const WeightKg = decimalAmount({ decimals: 3, integerDigits: 11, minimum: 'positive' });

/** Values are stored as `numeric(18,2)`; zero is allowed for free samples. */
export const GoodsValue = decimalAmount({ decimals: 2, integerDigits: 16, minimum: 'nonNegative' });

/** Currencies the runtime supports, read once: ISO 4217 codes such as VND, USD, KHR. */
const KNOWN_CURRENCIES: ReadonlySet<string> = new Set(
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [],
);

/** An ISO 4217 currency code such as `USD` or `VND`, upper-cased on input. */
export const CurrencyCode = z
  .string({ error: 'required' })
  .trim()
  .toUpperCase()
  .refine((code) => /^[A-Z]{3}$/.test(code) && (KNOWN_CURRENCIES.size === 0 || KNOWN_CURRENCIES.has(code)), {
    error: 'invalidCurrency',
  });
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/** A unit code of the goods units reference list, such as `kg` or `pce`. */
export const GoodsUnitCode = requiredText(10).transform((code) => code.toLowerCase());

const goodsLineFields = {
  hsCode: HsCode,
  description: requiredVisibleText(MAX_GOODS_DESCRIPTION_LENGTH),
  quantity: GoodsQuantity,
  unitCode: GoodsUnitCode,
  netWeightKg: WeightKg,
  grossWeightKg: WeightKg,
  value: GoodsValue,
  currency: CurrencyCode,
  originCountry: CountryCode,
};

/** Adds the `grossBelowNet` issue when both weights are known and the gross is below the net. */
function checkGrossNotBelowNet(
  line: { netWeightKg?: string; grossWeightKg?: string },
  context: z.core.$RefinementCtx,
): void {
  if (line.netWeightKg && line.grossWeightKg && new Big(line.grossWeightKg).lt(line.netWeightKg)) {
    context.addIssue({ code: 'custom', path: ['grossWeightKg'], message: 'grossBelowNet' });
  }
}

/**
 * One line of goods of a consignment. Decimals are canonical strings. The gross weight
 * (with packing) may not be below the net weight.
 */
export const GoodsLine = z.object(goodsLineFields).superRefine(checkGrossNotBelowNet);
export type GoodsLine = z.infer<typeof GoodsLine>;

/** A goods line in a draft: any field may be blank, but a filled field must be valid. */
export const GoodsLineDraft = z
  .object({
    hsCode: draftField(goodsLineFields.hsCode),
    description: draftField(goodsLineFields.description),
    quantity: draftField(goodsLineFields.quantity),
    unitCode: draftField(goodsLineFields.unitCode),
    netWeightKg: draftField(goodsLineFields.netWeightKg),
    grossWeightKg: draftField(goodsLineFields.grossWeightKg),
    value: draftField(goodsLineFields.value),
    currency: draftField(goodsLineFields.currency),
    originCountry: draftField(goodsLineFields.originCountry),
  })
  .superRefine(checkGrossNotBelowNet);
export type GoodsLineDraft = z.infer<typeof GoodsLineDraft>;

/**
 * Checks a quantity against its unit's decimals (0 for pieces, 3 for kilograms). Returns the
 * message key `tooManyDecimalsForUnit` (with the allowed decimals as parameter) or null.
 */
export function checkQuantityDecimals(
  quantity: string,
  unitDecimals: number,
): { code: 'tooManyDecimalsForUnit'; params: { decimals: string } } | null {
  return decimalPlaces(new Big(quantity)) > unitDecimals
    ? { code: 'tooManyDecimalsForUnit', params: { decimals: String(unitDecimals) } }
    : null;
}
