import type { OfficerProfile, OfficerSignInResult } from '@smartgate/shared-models';
import type supertest from 'supertest';

import { unusedTotpCode } from './totp-codes';

/**
 * An officer's credentials as a spec stores them. `totpSecret` is filled in when the first
 * sign-in sets up the authenticator, so later sign-ins send a code right away.
 */
export interface OfficerCredentials {
  username: string;
  password: string;
  totpSecret?: string;
}

/** A client that posts JSON with the CSRF header, such as `ApiClient` or the fault tests' `HttpClient`. */
export interface PostingClient {
  post(path: string, body?: unknown): supertest.Test;
}

/**
 * Signs an officer in as the back office does: password and code, or, on the first sign-in,
 * password, then the setup of the authenticator with its first code. Fails unless signed in.
 */
export async function signInOfficer(
  client: PostingClient,
  credentials: OfficerCredentials,
): Promise<OfficerProfile> {
  const { username, password, totpSecret } = credentials;
  const code = totpSecret ? await unusedTotpCode(totpSecret) : undefined;
  const response = await client.post('/api/officer/login', { username, password, code }).expect(200);

  let result = response.body as OfficerSignInResult;
  if (result.status === 'totp-setup-required') {
    credentials.totpSecret = result.setup.secret;
    const confirmation = { code: await unusedTotpCode(result.setup.secret) };
    result = (await client.post('/api/officer/login/totp', confirmation).expect(200))
      .body as OfficerSignInResult;
  }
  if (result.status !== 'signed-in') {
    throw new Error(`Officer ${username} is not signed in: the API returned the status ${result.status}`);
  }
  return result.officer;
}

/**
 * Builds a one-request sign-in body (username, password and an unused TOTP code) for an officer
 * whose authenticator is set up, for specs that read the sign-in response itself.
 */
export async function officerLoginBody(
  credentials: OfficerCredentials,
): Promise<{ username: string; password: string; code: string }> {
  if (!credentials.totpSecret) {
    throw new Error(
      `Officer ${credentials.username} has no authenticator secret; sign in with signInOfficer()`,
    );
  }
  return {
    username: credentials.username,
    password: credentials.password,
    code: await unusedTotpCode(credentials.totpSecret),
  };
}
