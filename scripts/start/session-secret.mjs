import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Returns the session secret kept in `var/session-secret`, creating it (mode 600) on the
 * first start, so sessions survive restarts without anyone choosing a secret.
 */
export async function loadOrCreateSessionSecret(root) {
  const file = path.join(root, 'var', 'session-secret');
  const existing = await readFile(file, 'utf8').catch(() => '');
  if (existing.trim().length >= 32) {
    await chmod(file, 0o600);
    return existing.trim();
  }

  const secret = randomBytes(48).toString('base64url');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
