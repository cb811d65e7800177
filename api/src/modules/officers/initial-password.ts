import { randomInt } from 'node:crypto';

/** Letters and digits that read unambiguously on screen and paper: no 0/O, 1/l/I. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** 16 characters of a 57-letter alphabet give about 93 bits of randomness. */
const LENGTH = 16;

/** Creates the one-time password that an administrator hands to a new officer, or after a reset. */
export function createInitialPassword(): string {
  return Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}
