import { createHash, randomBytes } from 'node:crypto';

/** Prefix of every camera API key, so a leaked key is recognisable in logs and secret scanners. */
const KEY_PREFIX = 'sgcam_';

/** Characters of a key kept in the clear, so administrators can tell keys apart. */
const VISIBLE_CHARACTERS = 12;

/** A new camera key: the key itself, shown once, and what is stored of it. */
export interface IssuedCameraKey {
  apiKey: string;
  keyHash: string;
  keyPrefix: string;
}

/**
 * Hashes a camera key with SHA-256. A key carries 256 random bits, so a fast hash is enough:
 * unlike a password it cannot be guessed from a dictionary.
 */
export function hashCameraKey(apiKey: string): string {
  return createHash('sha256').update(apiKey, 'utf8').digest('hex');
}

/** Creates a camera API key from 32 random bytes. */
export function issueCameraKey(): IssuedCameraKey {
  const apiKey = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { apiKey, keyHash: hashCameraKey(apiKey), keyPrefix: apiKey.slice(0, VISIBLE_CHARACTERS) };
}

/**
 * Reads the key of a camera request from `Authorization: Bearer <key>` or `X-Api-Key`.
 * Returns null when neither header carries one.
 */
export function readCameraKey(headers: {
  authorization?: string;
  'x-api-key'?: string | string[];
}): string | null {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  if (bearer) {
    return bearer[1];
  }

  const apiKey = headers['x-api-key'];
  const value = Array.isArray(apiKey) ? apiKey[0] : apiKey;
  return value && value.trim() !== '' ? value.trim() : null;
}
