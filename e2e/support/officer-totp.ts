import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Secret, TOTP } from 'otpauth';

import { E2E_PORT } from './stack-settings';

/** Same RFC 6238 parameters as the API and the authenticator apps: SHA-1, 6 digits, 30-second steps. */
const PERIOD_MS = 30_000;

/**
 * Officers' TOTP secrets and the last time step each used, kept in a file for the whole run, so a
 * worker that Playwright restarts after a failure still finds them. The API rejects a step used
 * before. `start-stack.ts` clears it, because every run starts with a fresh database.
 */
const STATE_FILE = join(tmpdir(), `smartgate-e2e-${E2E_PORT}`, 'officer-totp.json');

interface TotpState {
  secrets: Record<string, string>;
  lastSteps: Record<string, number>;
}

function readState(): TotpState {
  try {
    return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as TotpState;
  } catch {
    return { secrets: {}, lastSteps: {} };
  }
}

function writeState(state: TotpState): void {
  mkdirSync(join(STATE_FILE, '..'), { recursive: true });
  writeFileSync(STATE_FILE, JSON.stringify(state));
}

/** Empties the state at the start of a run. */
export function clearOfficerTotpState(): void {
  rmSync(STATE_FILE, { force: true });
}

/** Returns the authenticator secret an officer set up earlier in this run, if any. */
export function totpSecretOf(username: string): string | undefined {
  return readState().secrets[username];
}

/** Keeps the secret an officer just set up, as the authenticator app would. */
export function rememberTotpSecret(username: string, secret: string): void {
  const state = readState();
  state.secrets[username] = secret.replace(/\s+/g, '');
  writeState(state);
}

/**
 * Returns a code of a time step that this run has not used for the secret. The API also accepts
 * the next step's code, so a second sign-in within one step uses that. A third one waits for the
 * next step, at most 30 seconds.
 */
export async function unusedTotpCode(secret: string): Promise<string> {
  const state = readState();
  const current = Math.floor(Date.now() / PERIOD_MS);
  const step = Math.max(current, (state.lastSteps[secret] ?? -1) + 1);
  if (step > current + 1) {
    await new Promise((resolve) => setTimeout(resolve, (step - 1) * PERIOD_MS - Date.now() + 50));
  }

  state.lastSteps[secret] = step;
  writeState(state);
  return TOTP.generate({
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_MS / 1000,
    timestamp: step * PERIOD_MS,
  });
}
