import supertest from 'supertest';

import { ApiClient } from '../test/api-client';
import { applicantRegistration } from '../test/factories';
import { testEnvironment } from '../test/test-environment';
import { createCsrfToken, isCsrfTokenSigned } from './csrf';

const SECRET = 's'.repeat(32);

describe('CSRF tokens', () => {
  it('accepts a token signed with the secret', () => {
    expect(isCsrfTokenSigned(SECRET, createCsrfToken(SECRET))).toBeTrue();
  });

  it('rejects a token signed with another secret', () => {
    expect(isCsrfTokenSigned(SECRET, createCsrfToken('t'.repeat(32)))).toBeFalse();
  });

  it('rejects malformed tokens', () => {
    for (const token of [undefined, '', 'abc', 'a.b.c', '.sig', 'nonce.']) {
      expect(isCsrfTokenSigned(SECRET, token)).withContext(String(token)).toBeFalse();
    }
  });
});

describe('CSRF protection', () => {
  it('keeps a valid cookie instead of issuing another', async () => {
    const client = await ApiClient.create();

    const response = await client.agent.get('/api/health').expect(200);

    expect(client.csrfToken).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('sets the cookie on an API response when it is missing', async () => {
    const response = await supertest(testEnvironment().server).get('/api/health').expect(200);

    const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    expect(
      cookies.some((cookie) => cookie.startsWith('XSRF-TOKEN=') && /SameSite=Strict/.test(cookie)),
    ).toBeTrue();
    expect(cookies.some((cookie) => /HttpOnly/i.test(cookie))).toBeFalse();
  });

  it('rejects a POST without the header with 403', async () => {
    const client = await ApiClient.create();

    const response = await client.agent
      .post('/api/applicant/register')
      .send(applicantRegistration())
      .expect(403);

    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.type).toBe('/api/problems/csrf-token-invalid');
  });

  it('rejects a header that differs from the cookie', async () => {
    const client = await ApiClient.create();

    const response = await client.agent
      .post('/api/applicant/register')
      .set('X-XSRF-TOKEN', createCsrfToken(SECRET))
      .send(applicantRegistration())
      .expect(403);

    expect(response.body.type).toBe('/api/problems/csrf-token-invalid');
  });

  it('rejects a forged cookie and header pair', async () => {
    const forged = createCsrfToken('f'.repeat(32));

    await supertest(testEnvironment().server)
      .post('/api/applicant/register')
      .set('Cookie', `XSRF-TOKEN=${forged}`)
      .set('X-XSRF-TOKEN', forged)
      .send(applicantRegistration())
      .expect(403);
  });

  it('accepts a POST with a matching header', async () => {
    const client = await ApiClient.create();

    await client.post('/api/applicant/register', applicantRegistration()).expect(201);
  });
});
