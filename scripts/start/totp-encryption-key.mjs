import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Returns the key that encrypts officers' TOTP secrets, kept in `var/totp-encryption-key` as 64
 * hexadecimal digits and created (mode 600) on the first start. Losing the file makes every
 * stored TOTP secret unreadable, so officers would have to set up their authenticator again.
 */
export async function loadOrCreateTotpEncryptionKey(root) {
  const file = path.join(root, 'var', 'totp-encryption-key');
  const existing = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (/^[0-9a-fA-F]{64}$/.test(existing)) {
    await chmod(file, 0o600);
    return existing;
  }

  const key = randomBytes(32).toString('hex');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${key}\n`, { mode: 0o600 });
  return key;
}
