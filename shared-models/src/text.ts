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
