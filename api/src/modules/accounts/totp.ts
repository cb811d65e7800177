import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

import type { TotpSetup } from '@smartgate/shared-models';

/** Name that authenticator apps show above the account. */
const ISSUER = 'SmartGate';

/**
 * RFC 6238 with the parameters every authenticator app supports: HMAC-SHA1, 6 digits, 30-second
 * steps. A code of the step before or after the current one is accepted too, for clock drift.
 */
const PERIOD_SECONDS = 30;
const ACCEPTED_DRIFT_STEPS = 1;

/** RFC 4226 recommends a shared secret of 160 bits. */
const SECRET_BYTES = 20;

function totpFor(secretBase32: string, username = ''): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** Creates a random TOTP secret, in Base32 as authenticator apps take it. */
export function createTotpSecret(): string {
  return new Secret({ size: SECRET_BYTES }).base32;
}

/**
 * Returns the time step (the RFC 6238 counter) whose code equals `code`, within the accepted
 * drift around `now`, or null when no step matches. The caller rejects a step already used.
 */
export function matchTotpStep(secretBase32: string, code: string, now = Date.now()): number | null {
  const delta = totpFor(secretBase32).validate({ token: code, timestamp: now, window: ACCEPTED_DRIFT_STEPS });
  return delta === null ? null : TOTP.counter({ period: PERIOD_SECONDS, timestamp: now }) + delta;
}

/** Builds what the officer needs to add the secret to an authenticator app: the secret, its URI and a QR code. */
export async function describeTotpSetup(secretBase32: string, username: string): Promise<TotpSetup> {
  const otpauthUri = totpFor(secretBase32, username).toString();
  const svg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });

  return {
    secret: secretBase32,
    otpauthUri,
    qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`,
  };
}
