import { foldText, isReferenceCode, normalizeReferenceCode, plateSearchKey } from '@smartgate/shared-models';

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
 * Matches declarations with a traveller whose name has every word as the start of one of its
 * words, in any order, so "nguyen duc" and "duc nguy" both find Nguyễn Văn Đức. The declaration's
 * column contains every prefix of every traveller's words, so each typed word is one exact lexeme
 * of `declarations_traveller_name_prefixes_idx`. The words could still come from different
 * travellers, so with several words a declaration of several travellers is checked traveller by
 * traveller (`word:*` tests a word start). Each word is quoted and contains letters and digits
 * only, so the text cannot inject tsquery operators.
 */
function nameCondition(words: string[], params: BindParameters): string {
  const prefixes = words.map((word) => `'${word.slice(0, MAX_INDEXED_PREFIX)}'`).join(' & ');
  const anyTraveller = `d.traveller_name_prefixes @@ to_tsquery('simple'::regconfig, ${params.add(prefixes)})`;
  if (words.length === 1) {
    return anyTraveller;
  }

  const starts = words.map((word) => `'${word}':*`).join(' & ');
  // OFFSET 0 keeps PostgreSQL from hashing the subquery, which would test every traveller row.
  const oneTraveller = `EXISTS (SELECT 1 FROM declaration_travellers t
                                 WHERE t.declaration_id = d.id
                                   AND to_tsvector('simple'::regconfig, t.full_name_folded)
                                       @@ to_tsquery('simple'::regconfig, ${params.add(starts)})
                                 OFFSET 0)`;
  return `(${anyTraveller} AND (d.traveller_count = 1 OR ${oneTraveller}))`;
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
 * Builds the condition on a declaration `d` that search text sets, or returns null when no kind
 * of value could match the text, such as `%%`. The text may be a traveller's name (folded, so
 * "nguyen van duc" finds "Nguyễn Văn Đức"), a document number or its start, a reference code or
 * a vehicle plate as people type them, or a declaration id. Every part can use an index of
 * `declarations`, so PostgreSQL can combine them in one bitmap scan, and each part is also cheap
 * to test on a row during an index walk.
 * NOTE: cargo companies' tax codes are not searched yet, because cargo declarations do not
 * exist. They need one more part here, on an indexed column of the normalized code.
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

  if (UUID.test(text)) {
    conditions.push(`d.id = ${params.add(text.toLowerCase())}::uuid`);
  }

  return conditions.length > 0 ? `(${conditions.join(' OR ')})` : null;
}
