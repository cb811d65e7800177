import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Prefix of the stored form, so that a later change of algorithm or key can be recognized. */
const FORMAT_VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;

/**
 * Encrypts a TOTP secret for storage with AES-256-GCM. The officer id is bound in as associated
 * data, so a ciphertext copied to another officer's row fails to decrypt.
 * The stored form is `v1.<iv>.<auth tag>.<ciphertext>`, each part in Base64url.
 */
export function encryptTotpSecret(secret: string, officerId: string, key: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(Buffer.from(officerId, 'utf8'));

  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [FORMAT_VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** Decrypts a stored TOTP secret. Throws when it was not encrypted with this key for this officer. */
export function decryptTotpSecret(stored: string, officerId: string, key: Buffer): string {
  const [version, iv, tag, ciphertext] = stored.split('.');
  if (version !== FORMAT_VERSION || !iv || !tag || ciphertext === undefined) {
    throw new Error(`Stored TOTP secret has an unknown format (expected ${FORMAT_VERSION})`);
  }

  const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(officerId, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
    'utf8',
  );
}
