import { Secret, TOTP } from 'otpauth';

import type { HttpSession } from './http-session';

/** A sign-in step's response, reduced to what the benchmark reads. */
interface SignInResult {
  status: 'signed-in' | 'totp-required' | 'totp-setup-required';
  setup?: { secret: string };
}

/** Computes the current RFC 6238 code (SHA-1, 6 digits, 30 seconds), as an authenticator app does. */
function currentCode(secret: string): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
}

/**
 * Signs in an officer who has no authenticator yet, such as the administrator of a fresh stack:
 * the password, then the new secret's first code. Returns the secret for later sign-ins.
 */
export async function signInFirstTime(
  session: HttpSession,
  credentials: { username: string; password: string },
): Promise<string> {
  const result = (await session.expect(200, 'POST', '/api/officer/login', credentials)) as SignInResult;
  if (result.status !== 'totp-setup-required' || !result.setup) {
    throw new Error(
      `Expected the first sign-in of ${credentials.username} to set up TOTP, got ${result.status}`,
    );
  }

  const code = currentCode(result.setup.secret);
  const confirmed = (await session.expect(200, 'POST', '/api/officer/login/totp', { code })) as SignInResult;
  if (confirmed.status !== 'signed-in') {
    throw new Error(
      `Officer ${credentials.username} is not signed in: the API returned the status ${confirmed.status}`,
    );
  }
  return result.setup.secret;
}
