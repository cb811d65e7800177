import { randomUUID } from 'node:crypto';

import type {
  ApplicantProfile,
  CrossingDeclarationDraft,
  DeclarationView,
  OfficerProfile,
} from '@smartgate/shared-models';

import { OfficerModel } from '../modules/accounts/accounts.models';
import { hashPassword } from '../modules/accounts/password-hashing';
import { ApiClient } from './api-client';
import { daysFromToday } from './dates';

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

/** Inserts an officer directly, as an administrator would create one. */
export async function createOfficer(
  overrides: Partial<{ role: OfficerProfile['role']; active: boolean }> = {},
): Promise<{ username: string; password: string; id: string }> {
  const username = `officer-${randomUUID().slice(0, 8)}`;
  const password = 'officer password 1';
  const officer = await OfficerModel.create({
    username,
    fullName: 'Lê Văn Cường',
    role: overrides.role ?? 'reviewer',
    active: overrides.active ?? true,
    passwordHash: await hashPassword(password),
  });
  return { username, password, id: officer.id };
}

/** Creates a new officer and signs them in to the back office API. */
export async function signedInOfficer(
  language?: string,
): Promise<{ client: ApiClient; profile: OfficerProfile }> {
  const client = await ApiClient.create({ language });
  const { username, password } = await createOfficer();

  const response = await client.post('/api/officer/login', { username, password }).expect(200);
  return { client, profile: response.body as OfficerProfile };
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
