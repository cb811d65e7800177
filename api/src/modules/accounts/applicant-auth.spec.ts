import supertest from 'supertest';

import { ApiClient } from '../../test/api-client';
import { applicantRegistration, signedInApplicant } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { LOGIN_ATTEMPTS_PER_WINDOW } from './login-rate-limit';

function sessionCookie(response: { headers: Record<string, unknown> }): string | undefined {
  const cookies = ([] as string[]).concat((response.headers['set-cookie'] as string[] | undefined) ?? []);
  return cookies.find((cookie) => cookie.startsWith('sg_applicant_sid='));
}

function sessionValue(response: { headers: Record<string, unknown> }): string | undefined {
  return sessionCookie(response)?.split(';')[0].slice('sg_applicant_sid='.length);
}

describe('applicant accounts', () => {
  it('registers, signs in and returns the profile', async () => {
    const client = await ApiClient.create();
    const registration = applicantRegistration({
      email: '  New.Person@Example.VN ',
      fullName: 'Phạm Thu Hà',
    });

    const response = await client.post('/api/applicant/register', registration).expect(201);
    const me = await client.get('/api/applicant/me').expect(200);

    expect(response.body).toEqual(me.body);
    expect(me.body).toEqual(
      jasmine.objectContaining({
        email: 'new.person@example.vn',
        fullName: 'Phạm Thu Hà',
        preferredLanguage: 'vi',
      }),
    );
    expect(me.body.passwordHash).toBeUndefined();
  });

  it('sets an HttpOnly session cookie limited to the applicant API', async () => {
    const client = await ApiClient.create();

    const response = await client.post('/api/applicant/register', applicantRegistration()).expect(201);

    const cookie = sessionCookie(response) ?? '';
    expect(cookie).toContain('Path=/api/applicant');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
  });

  it('rejects a second account for one e-mail with 409', async () => {
    const client = await ApiClient.create();
    const registration = applicantRegistration();
    await client.post('/api/applicant/register', registration).expect(201);

    const response = await client
      .post('/api/applicant/register', { ...registration, email: registration.email.toUpperCase() })
      .expect(409);

    expect(response.body.type).toBe('/api/problems/email-already-registered');
  });

  it('signs in with the right password', async () => {
    const { profile, password } = await signedInApplicant();
    const client = await ApiClient.create();

    const response = await client
      .post('/api/applicant/login', { email: profile.email, password })
      .expect(200);

    expect(response.body.id).toBe(profile.id);
    await client.get('/api/applicant/me').expect(200);
  });

  it('rejects a wrong password with 401', async () => {
    const { profile } = await signedInApplicant();
    const client = await ApiClient.create();

    const response = await client.post('/api/applicant/login', {
      email: profile.email,
      password: 'wrong password',
    });

    expect(response.status).toBe(401);
    expect(response.body.type).toBe('/api/problems/invalid-credentials');
  });

  it('rejects an unknown e-mail like a wrong password', async () => {
    const client = await ApiClient.create();

    const response = await client.post('/api/applicant/login', {
      email: 'nobody@example.vn',
      password: 'whatever1',
    });

    expect(response.status).toBe(401);
    expect(response.body.type).toBe('/api/problems/invalid-credentials');
  });

  it('rotates the session id at login', async () => {
    const client = await ApiClient.create();
    const registration = applicantRegistration();
    const registered = await client.post('/api/applicant/register', registration).expect(201);
    const firstSession = sessionValue(registered);

    const loggedIn = await client
      .post('/api/applicant/login', { email: registration.email, password: registration.password })
      .expect(200);

    const secondSession = sessionValue(loggedIn);
    expect(firstSession).toBeDefined();
    expect(secondSession).toBeDefined();
    expect(secondSession).not.toBe(firstSession);
    await supertest(testEnvironment().server)
      .get('/api/applicant/me')
      .set('Cookie', `sg_applicant_sid=${firstSession}`)
      .expect(401);
  });

  it('signs out and ends the session', async () => {
    const { client } = await signedInApplicant();

    await client.post('/api/applicant/logout').expect(204);

    await client.get('/api/applicant/me').expect(401);
  });

  it('rejects me without a session', async () => {
    const client = await ApiClient.create();

    const response = await client.get('/api/applicant/me').expect(401);

    expect(response.body.type).toBe('/api/problems/unauthenticated');
  });

  it('limits repeated failed logins with 429', async () => {
    const { profile, password } = await signedInApplicant();
    const client = await ApiClient.create();
    for (let attempt = 0; attempt < LOGIN_ATTEMPTS_PER_WINDOW; attempt++) {
      await client
        .post('/api/applicant/login', { email: profile.email, password: 'wrong password' })
        .expect(401);
    }

    const response = await client.post('/api/applicant/login', { email: profile.email, password });

    expect(response.status).toBe(429);
    expect(response.body.type).toBe('/api/problems/too-many-requests');
  });
});
