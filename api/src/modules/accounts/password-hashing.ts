import { randomBytes } from 'node:crypto';

import argon2 from 'argon2';

/**
 * argon2id with 19 MiB of memory, 2 passes and 1 lane, the minimum that the OWASP Password
 * Storage Cheat Sheet recommends (cheatsheetseries.owasp.org, Password_Storage_Cheat_Sheet). Parameters are stored in each hash, so raising them later
 * keeps old hashes verifiable.
 */
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, HASH_OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password against a stored hash. Without a hash (unknown account) it verifies
 * against a throwaway hash, so the response takes as long and an attacker cannot tell
 * registered e-mail addresses from the timing.
 */
export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  if (storedHash === undefined) {
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await argon2.verify(await dummyHash, password);
    return false;
  }

  try {
    return await argon2.verify(storedHash, password);
  } catch {
    // A malformed stored hash cannot match any password.
    return false;
  }
}
