import {
  checkTaxCode,
  foldText,
  isReferenceCode,
  normalizeReferenceCode,
  plateSearchKey,
} from '@smartgate/shared-models';

import type { BindParameters } from './bind-parameters';

/** The name index keeps word prefixes up to this length, so a longer typed word is looked up by its start. */
const MAX_INDEXED_PREFIX = 20;

/**
 * Anything but a letter or a digit separates words, as PostgreSQL's parser reads names. `%`, `_`
 * and quotes therefore never act as wildcards or as query syntax: they only end a word.
 */
const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;

const DOCUMENT_NUMBER = /^[A-Z0-9]{5,20}$/;
/** A plate's folded form has a digit and at least 4 characters; shorter text would match too many plates. */
const PLATE_KEY = /^(?=.*\d)[A-Z0-9]{4,20}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Escapes LIKE's wildcards and its escape character (a backslash, PostgreSQL's default). */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

/** Splits search text into folded name words: "Nguyễn Văn-Đức" gives `nguyen`, `van` and `duc`. */
export function nameSearchWords(text: string): string[] {
  return foldText(text)
    .split(WORD_SEPARATORS)
    .filter((word) => word !== '');
}

/**
 * Slots of `traveller_name_prefixes`: the n-th traveller's word prefixes are tagged `n:`, and
 * every traveller after the 10th shares the 10th slot (see `traveller_word_prefixes`).
 */
const NAME_SLOTS = 10;

/**
 * Matches declarations with a traveller whose name has every word as the start of one of its
 * words, in any order, so "nguyen duc" and "duc nguy" both find Nguyễn Văn Đức. Each typed word
 * is one lexeme of `declarations_traveller_name_prefixes_idx` per traveller slot. The index alone
 * therefore finds the travellers with every word: `1:nguyen & 1:duc`, or `2:nguyen & 2:duc`, and
 * so on. In the shared last slot the words must also share a position (`<0>`), which PostgreSQL
 * checks on the row. One index scan per slot skips through the frequent words by the rarest one,
 * where a single scan of all slots would read every entry of every word. Each word is quoted and
 * contains letters and digits only, so the text cannot inject tsquery operators.
 */
function nameCondition(words: string[], params: BindParameters): string {
  const prefixes = words.map((word) => word.slice(0, MAX_INDEXED_PREFIX));
  const slots = Array.from({ length: NAME_SLOTS }, (_, index) => {
    const slot = index + 1;
    const query = prefixes.map((prefix) => `'${slot}:${prefix}'`).join(slot === NAME_SLOTS ? ' <0> ' : ' & ');
    // A cast, unlike to_tsquery, takes the lexemes as written, without splitting `1:nguyen` at the colon.
    return `d.traveller_name_prefixes @@ ${params.add(query)}::tsquery`;
  });
  return `(${slots.join(' OR ')})`;
}

/**
 * Matches declarations with a traveller whose document number starts with the text. The ids are
 * collected once, so the condition is an index lookup on the declaration's id.
 */
function documentNumberCondition(compact: string, params: BindParameters): string {
  return `d.id = ANY(ARRAY(SELECT t.declaration_id FROM declaration_travellers t
                            WHERE t.document_number LIKE ${params.add(`${escapeLikePattern(compact)}%`)}))`;
}

/**
 * Returns a company's tax code as stored when the text is one: 10 digits, a branch's 13 digits
 * with or without the hyphen, or a household's 12-digit personal ID. Otherwise null.
 */
export function searchedTaxCode(text: string): string | null {
  const digits = text.replace(/[\s.]+/g, '');
  const typed = /^\d{13}$/.test(digits) ? `${digits.slice(0, 10)}-${digits.slice(10)}` : digits;
  const checked = checkTaxCode(typed);
  return 'taxCode' in checked ? checked.taxCode : null;
}

/**
 * Matches cargo declarations of the company with the tax code. Its id is looked up once through
 * the unique tax code, so the condition is a lookup in `declarations_business_id_idx`.
 */
function taxCodeCondition(taxCode: string, params: BindParameters): string {
  return `d.business_id = ANY(ARRAY(SELECT b.id FROM businesses b WHERE b.tax_code = ${params.add(taxCode)}))`;
}

/**
 * Builds the condition on a declaration `d` that search text sets, or returns null when no kind
 * of value could match the text, such as `%%`. The text may be a traveller's name (folded, so
 * "nguyen van duc" finds "Nguyễn Văn Đức"), a document number or its start, a reference code or
 * a vehicle plate as people type them, a cargo company's tax code, or a declaration id. Every part can use an index of
 * `declarations`, so PostgreSQL can combine them in one bitmap scan, and each part is also cheap
 * to test on a row during an index walk.
 */
export function searchCondition(text: string, params: BindParameters): string | null {
  const conditions: string[] = [];

  const nameWords = nameSearchWords(text);
  if (nameWords.length > 0) {
    conditions.push(nameCondition(nameWords, params));
  }

  const compact = text.toUpperCase().replace(/\s+/g, '');
  if (DOCUMENT_NUMBER.test(compact)) {
    conditions.push(documentNumberCondition(compact, params));
  }

  const referenceCode = normalizeReferenceCode(text);
  if (isReferenceCode(referenceCode)) {
    conditions.push(`d.reference_code = ${params.add(referenceCode)}`);
  }

  const plateKey = plateSearchKey(text);
  if (PLATE_KEY.test(plateKey)) {
    conditions.push(`d.vehicle_plate_search_key = ${params.add(plateKey)}`);
  }

  const taxCode = searchedTaxCode(text);
  if (taxCode) {
    conditions.push(taxCodeCondition(taxCode, params));
  }

  if (UUID.test(text)) {
    conditions.push(`d.id = ${params.add(text.toLowerCase())}::uuid`);
  }

  return conditions.length > 0 ? `(${conditions.join(' OR ')})` : null;
}
