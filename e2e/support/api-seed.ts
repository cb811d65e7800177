import { randomBytes } from 'node:crypto';

import { expect, type APIRequestContext } from '@playwright/test';

import { localDatePlusDays } from './dates';
import { rememberTotpSecret, totpSecretOf, unusedTotpCode } from './officer-totp';
import { E2E_ADMIN } from './stack-settings';

/** Turns the forms' dd/MM/yyyy into the API's YYYY-MM-DD. */
function isoDate(ddMMyyyy: string): string {
  const [day, month, year] = ddMMyyyy.split('/');
  return `${year}-${month}-${day}`;
}

/**
 * Fetches the XSRF token that every write must echo. The request context keeps the cookie,
 * as a browser does, and the header carries the same value.
 */
async function csrfHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const response = await request.get('/api/csrf-token');
  expect(response.ok()).toBeTruthy();
  const { token } = (await response.json()) as { token: string };
  return { 'X-XSRF-TOKEN': token };
}

/** Sends a write with the XSRF header and returns the JSON response, failing the test on an error status. */
export async function postJson<T>(request: APIRequestContext, path: string, data: unknown): Promise<T> {
  const response = await request.post(path, { data, headers: await csrfHeaders(request) });
  expect(
    response.ok(),
    `POST ${path} failed with ${response.status()}: ${await response.text()}`,
  ).toBeTruthy();
  return (await response.json()) as T;
}

/** A declaration as the API returns it, reduced to what the seeds read. */
interface SeededDeclaration {
  id: string;
  version: number;
  status: string;
  /** Given at submission; null for a draft. */
  referenceCode: string | null;
}

/** Builds a complete crossing with a lead traveller and one companion, dated from today in Asia/Ho_Chi_Minh. */
export function completeDraft(leadName: string) {
  const traveller = (fullName: string, documentNumber: string) => ({
    fullName,
    sex: 'female',
    dateOfBirth: '1990-05-17',
    nationality: 'KHM',
    documentType: 'passport',
    documentNumber,
    documentExpiryDate: isoDate(localDatePlusDays(400)),
  });

  return {
    gateCode: 'LT',
    direction: 'entry',
    plannedCrossingDate: isoDate(localDatePlusDays(1)),
    purposeCode: 'family_visit',
    travellers: [traveller(leadName, 'N01234567'), traveller('Chan Sokhom', 'N07654321')],
  };
}

/** Registers a new applicant through the API; the request context is signed in afterwards. */
export async function registerApplicant(request: APIRequestContext, fullName: string): Promise<void> {
  const email = `a11y-${randomBytes(4).toString('hex')}@example.test`;
  await postJson(request, '/api/applicant/register', { email, password: 'correct-horse-battery', fullName });
}

/** Saves a draft for the signed-in applicant and returns it. */
export async function createDraft(request: APIRequestContext, draft: unknown): Promise<SeededDeclaration> {
  return postJson<SeededDeclaration>(request, '/api/applicant/declarations', draft);
}

/** Saves and submits a complete declaration for the signed-in applicant. */
export async function submitDeclaration(
  request: APIRequestContext,
  draft: unknown,
): Promise<SeededDeclaration> {
  const saved = await createDraft(request, draft);
  return postJson<SeededDeclaration>(request, `/api/applicant/declarations/${saved.id}/submit`, {
    version: saved.version,
  });
}

/** A sign-in step's response, reduced to what the seeds read. */
interface SignInResult {
  status: 'signed-in' | 'totp-required' | 'totp-setup-required';
  setup?: { secret: string };
}

/**
 * Signs an officer in through the API as the back office does: password and TOTP code, or on the
 * first sign-in the password, then the new authenticator's secret and its first code.
 */
export async function signInOfficer(
  request: APIRequestContext,
  credentials: { username: string; password: string },
): Promise<void> {
  const knownSecret = totpSecretOf(credentials.username);
  const code = knownSecret ? await unusedTotpCode(knownSecret) : undefined;
  let result = await postJson<SignInResult>(request, '/api/officer/login', { ...credentials, code });

  if (result.status === 'totp-setup-required' && result.setup) {
    rememberTotpSecret(credentials.username, result.setup.secret);
    const firstCode = await unusedTotpCode(result.setup.secret);
    result = await postJson<SignInResult>(request, '/api/officer/login/totp', { code: firstCode });
  }
  expect(result.status, `officer ${credentials.username} signs in`).toBe('signed-in');
}

/**
 * Assigns a submitted declaration to the signed-in officer, as the back office does before a
 * decision: only the officer holding a declaration may approve, reject or send it back.
 */
export async function assignToSelf(
  officer: APIRequestContext,
  declaration: Pick<SeededDeclaration, 'id' | 'version'>,
): Promise<void> {
  await postJson(officer, `/api/officer/declarations/${declaration.id}/assign`, {
    version: declaration.version,
  });
}

/** Signs the e2e administrator in on a separate request context, assigns and approves a submitted declaration. */
export async function approveAsOfficer(
  officer: APIRequestContext,
  declaration: SeededDeclaration,
): Promise<void> {
  await signInOfficer(officer, E2E_ADMIN);
  await assignToSelf(officer, declaration);
  await postJson(officer, `/api/officer/declarations/${declaration.id}/approve`, {
    version: declaration.version,
  });
}

/** Waits until the worker has issued the declaration's result, then downloads its PDF. */
export async function downloadIssuedResult(
  request: APIRequestContext,
  declarationId: string,
): Promise<Buffer> {
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/applicant/declarations/${declarationId}`);
        return ((await response.json()) as SeededDeclaration).status;
      },
      { timeout: 30_000, message: 'the worker issues the result' },
    )
    .toBe('issued');

  const pdf = await request.get(`/api/applicant/declarations/${declarationId}/result.pdf`);
  expect(pdf.ok()).toBeTruthy();
  return pdf.body();
}

/** An officer that the e2e administrator created, with the one-time password the API returned. */
export interface CreatedOfficer {
  username: string;
  initialPassword: string;
}

/** Creates an officer of Lệ Thanh through the administrator API; the request context must be signed in as administrator. */
export async function createOfficerAsAdministrator(
  administrator: APIRequestContext,
  role: 'gate_officer' | 'reviewer' | 'supervisor',
  fullName = 'Nguyễn Thị Lan',
): Promise<CreatedOfficer> {
  const username = `e2e-${role.replace('_', '-')}-${randomBytes(3).toString('hex')}`;
  const created = await postJson<{ initialPassword: string }>(administrator, '/api/officer/admin/officers', {
    username,
    fullName,
    role,
    gateCodes: ['LT'],
  });
  return { username, initialPassword: created.initialPassword };
}
