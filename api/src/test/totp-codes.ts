import { Secret, TOTP } from 'otpauth';

/** Same RFC 6238 parameters as the API: SHA-1, 6 digits, 30-second steps. */
const PERIOD_MS = 30_000;

/** The last time step each secret used in this process; the API rejects a step used before. */
const lastUsedSteps = new Map<string, number>();

/** Computes the code of one time step, as an authenticator app does. */
export function totpCodeAt(secret: string, step: number): string {
  return TOTP.generate({
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_MS / 1000,
    timestamp: step * PERIOD_MS,
  });
}

/** Returns the current time step. */
export function currentTotpStep(): number {
  return Math.floor(Date.now() / PERIOD_MS);
}

/**
 * Returns a TOTP code that this process has not used yet for `secret`, as an authenticator app
 * shows it. The API also accepts the next step's code (for clock drift), so a second sign-in
 * within one step uses that. A third one waits for the next step, up to 30 seconds.
 */
export async function unusedTotpCode(secret: string): Promise<string> {
  const current = currentTotpStep();
  const step = Math.max(current, (lastUsedSteps.get(secret) ?? -1) + 1);
  if (step > current + 1) {
    await new Promise((resolve) => setTimeout(resolve, (step - 1) * PERIOD_MS - Date.now() + 50));
  }

  lastUsedSteps.set(secret, step);
  return totpCodeAt(secret, step);
}
