import type { GoodsSummary } from '@smartgate/shared-models';

/** A translation key and its parameters, for the translate pipe or service. */
export interface TranslatedText {
  key: string;
  params: Record<string, string | number>;
}

/**
 * Describes a consignment's goods in a few words: "28.4 t dried cassava", with "+ 2 more" when
 * more lines follow the first. The weight is the total gross weight in tonnes.
 */
export function goodsSummaryText(goods: GoodsSummary): TranslatedText {
  const params = { tonnes: goods.grossWeightTonnes, description: goods.firstDescription };
  return goods.lineCount > 1
    ? { key: 'gate.plates.goodsMore', params: { ...params, more: goods.lineCount - 1 } }
    : { key: 'gate.plates.goods', params };
}
