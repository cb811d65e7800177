import type { DeclarationView } from '@smartgate/shared-models';
import supertest from 'supertest';

import { CSRF_HEADER } from '../../lib/csrf';
import { applicantRegistration, completeDraft } from '../factories';
import { signInOfficer, type OfficerCredentials } from '../officer-sign-in';

type Agent = ReturnType<typeof supertest.agent>;

/** A cookie-keeping client of an API process, sending the CSRF header as the apps do. */
export class HttpClient {
  private constructor(
    readonly agent: Agent,
    private readonly csrfToken: string,
  ) {}

  static async create(origin: string): Promise<HttpClient> {
    const agent = supertest.agent(origin);
    const response = await agent.get('/api/csrf-token').expect(200);
    return new HttpClient(agent, (response.body as { token: string }).token);
  }

  get(path: string) {
    return this.agent.get(path);
  }

  post(path: string, body?: unknown) {
    return this.agent
      .post(path)
      .set(CSRF_HEADER, this.csrfToken)
      .send(body as object);
  }
}

/** Registers an applicant and submits `count` complete declarations; returns them as submitted. */
export async function submitDeclarations(origin: string, count: number): Promise<DeclarationView[]> {
  const applicant = await HttpClient.create(origin);
  await applicant.post('/api/applicant/register', applicantRegistration()).expect(201);

  const submitted: DeclarationView[] = [];
  for (let index = 0; index < count; index++) {
    const created = await applicant.post('/api/applicant/declarations', completeDraft()).expect(201);
    const draft = created.body as DeclarationView;
    const response = await applicant
      .post(`/api/applicant/declarations/${draft.id}/submit`, { version: draft.version })
      .expect(200);
    submitted.push(response.body as DeclarationView);
  }
  return submitted;
}

/** Signs an officer in to an API process with password and TOTP code, setting up the authenticator the first time. */
export async function signedInOfficer(origin: string, credentials: OfficerCredentials): Promise<HttpClient> {
  const officer = await HttpClient.create(origin);
  await signInOfficer(officer, credentials);
  return officer;
}
