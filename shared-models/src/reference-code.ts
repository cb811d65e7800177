import { z } from 'zod';

/** Crockford's base32 alphabet: digits and capital letters without I, L, O and U, which people misread. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Random characters of a reference code after its gate prefix: 8 base32 characters carry 40 bits. */
export const REFERENCE_CODE_RANDOM_LENGTH = 8;

/** Canonical form, such as `LT-7K3Q-9C2M`: the gate code, then two groups of four base32 characters. */
const CANONICAL_PATTERN = /^[A-Z0-9]{1,10}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** Crockford's decoding rules: O reads as 0, and I and L read as 1. */
const MISREAD_CHARACTERS: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

/**
 * Encodes 5 bytes (40 bits) as the 8 base32 characters of a reference code's random part.
 * The caller draws the bytes from a cryptographic random source.
 */
export function encodeReferenceRandomPart(bytes: Uint8Array): string {
  if (bytes.length !== 5) {
    throw new RangeError(`A reference code needs 5 random bytes, not ${bytes.length}`);
  }

  // 40 bits fit in a JavaScript number, which represents every integer up to 2^53 exactly.
  const value = bytes.reduce((sum, byte) => sum * 256 + byte, 0);
  let characters = '';
  for (let position = REFERENCE_CODE_RANDOM_LENGTH - 1; position >= 0; position--) {
    characters += CROCKFORD_ALPHABET[Math.floor(value / 32 ** position) % 32];
  }
  return characters;
}

/**
 * Writes a gate code and 8 base32 characters as a reference code, such as `LT-7K3Q-9C2M`.
 * The caller supplies characters of `CROCKFORD_ALPHABET` only.
 */
export function formatReferenceCode(gateCode: string, randomPart: string): string {
  return `${gateCode.toUpperCase()}-${randomPart.slice(0, 4)}-${randomPart.slice(4, 8)}`;
}

/** Splits a typed code into its gate prefix and random part, or returns null when the groups do not fit. */
function splitReferenceCode(groups: string[]): { prefix: string; randomPart: string } | null {
  const random = REFERENCE_CODE_RANDOM_LENGTH;
  const half = random / 2;

  if (groups.length === 1 && groups[0].length > random) {
    return { prefix: groups[0].slice(0, -random), randomPart: groups[0].slice(-random) };
  }
  if (groups.length === 2 && groups[1].length === random) {
    return { prefix: groups[0], randomPart: groups[1] };
  }
  if (groups.length === 3 && groups[1].length === half && groups[2].length === half) {
    return { prefix: groups[0], randomPart: groups[1] + groups[2] };
  }
  return null;
}

/**
 * Brings a typed reference code into its canonical form: capitals, dashes between the groups,
 * and O, I and L in the random part read as 0, 1 and 1. Typed without separators, the last 8
 * characters are the random part, so "lt 7k3q 9c2m" and "LT7K3Q9C2M" both become
 * `LT-7K3Q-9C2M`. The gate prefix is kept as typed, because gate codes may contain any letter.
 * A value whose groups do not fit is returned in capitals without separators, which no
 * reference code matches.
 */
export function normalizeReferenceCode(value: string): string {
  const groups = value
    .normalize('NFKC')
    .toUpperCase()
    .split(/[\s\-–—._/]+/)
    .filter((group) => group.length > 0);

  const parts = splitReferenceCode(groups);
  if (!parts) {
    return groups.join('');
  }
  const randomPart = parts.randomPart.replace(/[OIL]/g, (character) => MISREAD_CHARACTERS[character]);
  return formatReferenceCode(parts.prefix, randomPart);
}

/** Checks that a string is a reference code in canonical form. */
export function isReferenceCode(value: string): boolean {
  return CANONICAL_PATTERN.test(value);
}

/** A reference code as a person types it, normalized to its canonical form. */
export const ReferenceCode = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .transform(normalizeReferenceCode)
  .refine(isReferenceCode, { error: 'invalidReferenceCode' });
export type ReferenceCode = z.infer<typeof ReferenceCode>;
