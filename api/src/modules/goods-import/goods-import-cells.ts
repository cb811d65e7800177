import { normalizeHsCode, type GoodsImportField } from '@smartgate/shared-models';

import { normalizeImportNumber } from './goods-import-number';
import { lookupKey, type ImportReference } from './goods-import-reference';
import type { ImportCell, UnreadableCell } from './goods-import-sheet';

/** A cell turned into the input of a goods line field, or the reason it could not be. */
export type CellInput =
  { value: string | undefined } | { issue: { code: string; params?: Record<string, string> } };

const NUMBER_FIELDS: ReadonlySet<GoodsImportField> = new Set([
  'quantity',
  'netWeightKg',
  'grossWeightKg',
  'value',
]);

/** Validation message keys of unreadable cells. */
const UNREADABLE_CODES: Readonly<Record<UnreadableCell['unreadable'], string>> = {
  formulaWithoutValue: 'cellFormulaWithoutValue',
  cellError: 'cellError',
  unsupportedCellType: 'invalidType',
};

/**
 * Writes an HS code that a spreadsheet stored as a number. Excel drops the leading zero of
 * chapters 01 to 09, so a whole number of 7 digits gets it back; a fraction (`714.1` for
 * `0714.10`) cannot be restored and is left for the schema to reject.
 */
export function hsCodeOfNumber(value: number): string {
  const text = String(value);
  return /^\d{7}$/.test(text) ? `0${text}` : text;
}

/** Turns one cell into the text input of its field, in the form the shared schemas read. */
export function cellInput(
  field: GoodsImportField,
  cell: ImportCell | undefined,
  decimalSeparator: '.' | ',',
  reference: ImportReference,
): CellInput {
  if (cell === null || cell === undefined) {
    return { value: undefined };
  }
  if (typeof cell === 'object') {
    return { issue: { code: UNREADABLE_CODES[cell.unreadable] } };
  }

  if (typeof cell === 'number') {
    // String() writes the shortest decimal that reads back as the same double, so 0.1 stays 0.1.
    return { value: field === 'hsCode' ? hsCodeOfNumber(cell) : String(cell) };
  }

  const text = cell.trim();
  if (text === '') {
    return { value: undefined };
  }
  if (NUMBER_FIELDS.has(field)) {
    return { value: normalizeImportNumber(text, decimalSeparator) };
  }

  switch (field) {
    case 'hsCode':
      return { value: normalizeHsCode(text) };
    case 'unitCode': {
      const unit = reference.units.get(lookupKey(text));
      return unit ? { value: unit.code } : { issue: { code: 'unknownUnit' } };
    }
    case 'originCountry': {
      const country = reference.countries.get(lookupKey(text));
      return country ? { value: country } : { issue: { code: 'unknownCountry', params: { value: text } } };
    }
    default:
      return { value: text };
  }
}
