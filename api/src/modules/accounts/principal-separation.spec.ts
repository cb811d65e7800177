import supertest from 'supertest';

import { ApiClient } from '../../test/api-client';
import { applicantRegistration, createOfficer } from '../../test/factories';
import { officerLoginBody } from '../../test/officer-sign-in';
import { testEnvironment } from '../../test/test-environment';

function cookieValue(response: supertest.Response, name: string): string {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = cookies.find((candidate) => candidate.startsWith(`${name}=`));
  return cookie!.split(';')[0].slice(name.length + 1);
}

async function applicantSessionValue(): Promise<string> {
  const client = await ApiClient.create();
  const response = await client.post('/api/applicant/register', applicantRegistration()).expect(201);
  return cookieValue(response, 'sg_applicant_sid');
}

async function officerSessionValue(): Promise<string> {
  const client = await ApiClient.create();
  const response = await client
    .post('/api/officer/login', await officerLoginBody(await createOfficer()))
    .expect(200);
  return cookieValue(response, 'sg_officer_sid');
}

describe('principal separation', () => {
  it('ignores an applicant cookie on officer routes', async () => {
    const session = await applicantSessionValue();

    await supertest(testEnvironment().server)
      .get('/api/officer/declarations')
      .set('Cookie', `sg_applicant_sid=${session}`)
      .expect(401);
  });

  it('rejects an applicant session as officer cookie', async () => {
    const session = await applicantSessionValue();

    const response = await supertest(testEnvironment().server)
      .get('/api/officer/me')
      .set('Cookie', `sg_officer_sid=${session}`)
      .expect(403);

    expect(response.body.type).toBe('/api/problems/forbidden');
  });

  it('ignores an officer cookie on applicant routes', async () => {
    const session = await officerSessionValue();

    await supertest(testEnvironment().server)
      .get('/api/applicant/declarations')
      .set('Cookie', `sg_officer_sid=${session}`)
      .expect(401);
  });

  it('rejects an officer session as applicant cookie', async () => {
    const session = await officerSessionValue();

    const response = await supertest(testEnvironment().server)
      .get('/api/applicant/declarations')
      .set('Cookie', `sg_applicant_sid=${session}`)
      .expect(403);

    expect(response.body.type).toBe('/api/problems/forbidden');
  });

  it('rejects applicant credentials on officer login', async () => {
    const registration = applicantRegistration();
    const client = await ApiClient.create();
    await client.post('/api/applicant/register', registration).expect(201);

    await client
      .post('/api/officer/login', { username: registration.email, password: registration.password })
      .expect(401);
  });
});
