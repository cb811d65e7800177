import { z } from 'zod';

/** Unicode NFC form of a string with surrounding white space removed. */
export function normalizeText(value: string): string {
  return value.normalize('NFC').trim();
}

/**
 * Folds text for diacritic-insensitive comparison: "Nguyễn Văn Đức" becomes "nguyen van duc".
 * Đ and đ are not decomposable in Unicode, so they are mapped to d by hand.
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Bidirectional embedding, override and isolate controls. They are invisible but reorder the text
 * around them on screen, so that a company name could show differently from its stored text.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** A visible character: not white space, a control or format character (such as U+200B), nor a combining mark. */
const VISIBLE_CHARACTER = /[^\s\p{Cc}\p{Cf}\p{M}]/u;

/** Normalizes typed text to NFC, trimmed and without bidi controls. Text without a visible character becomes empty. */
function typedText(value: string): string {
  const text = normalizeText(value.replace(BIDI_CONTROLS, ''));
  return VISIBLE_CHARACTER.test(text) ? text : '';
}

/** A required text field: trimmed, NFC-normalized, between 1 and `max` characters. */
export function requiredText(max: number) {
  return z
    .string({ error: 'required' })
    .transform(normalizeText)
    .pipe(z.string().min(1, { error: 'required' }).max(max, { error: 'tooLong' }));
}

/** An optional text field: trimmed and NFC-normalized, where an empty string means absent. */
export function optionalText(max: number) {
  return z
    .string()
    .transform(normalizeText)
    .pipe(z.string().max(max, { error: 'tooLong' }))
    .transform((value) => (value === '' ? undefined : value))
    .optional();
}

/**
 * A required text that officers read beside other data, such as a company name or a goods
 * description: like `requiredText`, without bidi controls, and missing when nothing in it shows.
 */
export function requiredVisibleText(max: number) {
  return z
    .string({ error: 'required' })
    .transform(typedText)
    .pipe(z.string().min(1, { error: 'required' }).max(max, { error: 'tooLong' }));
}
