import { randomUUID } from 'node:crypto';

import type {
  ApplicantProfile,
  CrossingDeclarationDraft,
  DeclarationView,
  OfficerProfile,
  OfficerRole,
} from '@smartgate/shared-models';

import { OfficerModel } from '../modules/accounts/accounts.models';
import { replaceOfficerGates } from '../modules/accounts/officer-gates.repository';
import { hashPassword } from '../modules/accounts/password-hashing';
import { createTotpSecret } from '../modules/accounts/totp';
import { encryptTotpSecret } from '../modules/accounts/totp-secret-cipher';
import { ApiClient } from './api-client';
import { daysFromToday } from './dates';
import { signInOfficer, type OfficerCredentials } from './officer-sign-in';
import { testEnvironment } from './test-environment';

/** Draft traveller input as the portal sends it, with every field filled in. */
export type TravellerInput = NonNullable<CrossingDeclarationDraft['travellers']>[number];

export function travellerInput(overrides: Partial<TravellerInput> = {}): TravellerInput {
  return {
    fullName: 'Nguyễn Văn An',
    sex: 'male',
    dateOfBirth: '1988-04-30',
    nationality: 'VNM',
    documentType: 'passport',
    documentNumber: 'C1234567',
    documentExpiryDate: daysFromToday(700),
    ...overrides,
  };
}

/** Builds a declaration that passes every submission check: Lệ Thanh, exit, three days from today. */
export function completeDraft(overrides: Partial<CrossingDeclarationDraft> = {}): CrossingDeclarationDraft {
  return {
    gateCode: 'LT',
    direction: 'exit',
    plannedCrossingDate: daysFromToday(3),
    purposeCode: 'work',
    travellers: [travellerInput()],
    ...overrides,
  };
}

export function applicantRegistration(overrides: Record<string, unknown> = {}) {
  return {
    email: `applicant-${randomUUID()}@example.vn`,
    password: 'correct horse battery',
    fullName: 'Trần Thị Bình',
    preferredLanguage: 'vi',
    ...overrides,
  };
}

/** Registers a new applicant through the API and signs them in. */
export async function signedInApplicant(
  language?: string,
): Promise<{ client: ApiClient; profile: ApplicantProfile; password: string }> {
  const client = await ApiClient.create({ language });
  const registration = applicantRegistration();

  const response = await client.post('/api/applicant/register', registration).expect(201);
  return { client, profile: response.body as ApplicantProfile, password: registration.password };
}

/** An officer that a spec created, with the credentials to sign in as them. */
export interface TestOfficer extends OfficerCredentials {
  id: string;
}

/** Options of a test officer; the defaults are an active reviewer of Lệ Thanh with an authenticator app. */
export interface TestOfficerOptions {
  role?: OfficerRole;
  active?: boolean;
  gateCodes?: string[];
  /** False leaves the authenticator to be set up at the first sign-in, as for a new officer. */
  totp?: boolean;
  passwordChangeRequired?: boolean;
}

/** Inserts an officer directly, with gates and an authenticator secret, as if set up already. */
export async function createOfficer(options: TestOfficerOptions = {}): Promise<TestOfficer> {
  const { sequelize, config } = testEnvironment();
  const username = `officer-${randomUUID().slice(0, 8)}`;
  const password = 'officer password 1';
  const officer = await OfficerModel.create({
    username,
    fullName: 'Lê Văn Cường',
    role: options.role ?? 'reviewer',
    active: options.active ?? true,
    passwordHash: await hashPassword(password),
    passwordChangeRequired: options.passwordChangeRequired ?? false,
  });
  await sequelize.transaction((transaction) =>
    replaceOfficerGates(sequelize, officer.id, options.gateCodes ?? ['LT'], transaction),
  );

  const totpSecret = options.totp === false ? undefined : createTotpSecret();
  if (totpSecret) {
    const encrypted = encryptTotpSecret(totpSecret, officer.id, config.officerSecurity.totpEncryptionKey);
    await officer.update({ totpSecretEncrypted: encrypted, totpEnrolledAt: new Date() });
  }
  return { id: officer.id, username, password, totpSecret };
}

/** Creates a new officer and signs them in to the back office API. */
export async function signedInOfficer(
  language?: string,
  options: TestOfficerOptions = {},
): Promise<{ client: ApiClient; profile: OfficerProfile; officer: TestOfficer }> {
  const client = await ApiClient.create({ language });
  const officer = await createOfficer(options);

  const profile = await signInOfficer(client, officer);
  return { client, profile, officer };
}

/** Creates a complete draft for the applicant and submits it. */
export async function submittedDeclaration(
  applicant: ApiClient,
  draft: CrossingDeclarationDraft = completeDraft(),
): Promise<DeclarationView> {
  const created = await applicant.post('/api/applicant/declarations', draft).expect(201);
  const view = created.body as DeclarationView;

  const submitted = await applicant
    .post(`/api/applicant/declarations/${view.id}/submit`, { version: view.version })
    .expect(200);
  return submitted.body as DeclarationView;
}
