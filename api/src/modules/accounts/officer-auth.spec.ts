import type { OfficerSignInResult } from '@smartgate/shared-models';

import { ApiClient } from '../../test/api-client';
import { createOfficer, signedInOfficer } from '../../test/factories';
import { officerLoginBody, signInOfficer } from '../../test/officer-sign-in';
import { unusedTotpCode } from '../../test/totp-codes';

describe('officer accounts', () => {
  it('signs in with password and code', async () => {
    const officer = await createOfficer({ role: 'supervisor' });
    const client = await ApiClient.create();
    const body = await officerLoginBody(officer);

    const response = await client
      .post('/api/officer/login', { ...body, username: ` ${officer.username.toUpperCase()} ` })
      .expect(200);
    const me = await client.get('/api/officer/me').expect(200);

    expect((response.body as OfficerSignInResult).status).toBe('signed-in');
    expect(response.body.officer).toEqual(me.body);
    expect(me.body).toEqual(
      jasmine.objectContaining({
        username: officer.username,
        role: 'supervisor',
        gateCodes: ['LT'],
        passwordChangeRequired: false,
      }),
    );
    expect(me.body.passwordHash).toBeUndefined();
  });

  it('asks for the code after the password', async () => {
    const officer = await createOfficer();
    const client = await ApiClient.create();

    const first = await client
      .post('/api/officer/login', { username: officer.username, password: officer.password })
      .expect(200);
    await client.get('/api/officer/me').expect(401);
    const second = await client
      .post('/api/officer/login/totp', { code: await unusedTotpCode(officer.totpSecret!) })
      .expect(200);

    expect(first.body).toEqual({ status: 'totp-required' });
    expect((second.body as OfficerSignInResult).status).toBe('signed-in');
    await client.get('/api/officer/me').expect(200);
  });

  it('sets a session cookie limited to the officer API', async () => {
    const client = await ApiClient.create();

    const response = await client.post('/api/officer/login', await officerLoginBody(await createOfficer()));

    const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const session = cookies.find((cookie) => cookie.startsWith('sg_officer_sid=')) ?? '';
    expect(response.status).toBe(200);
    expect(session).toContain('Path=/api/officer');
    expect(session).toContain('HttpOnly');
  });

  it('rejects a disabled officer', async () => {
    const officer = await createOfficer({ active: false });
    const client = await ApiClient.create();

    const response = await client.post('/api/officer/login', await officerLoginBody(officer));

    expect(response.status).toBe(401);
    expect(response.body.type).toBe('/api/problems/invalid-credentials');
  });

  it('rejects a wrong password', async () => {
    const officer = await createOfficer();
    const client = await ApiClient.create();

    const response = await client
      .post('/api/officer/login', { ...(await officerLoginBody(officer)), password: 'not the password' })
      .expect(401);

    expect(response.body.type).toBe('/api/problems/invalid-credentials');
    await client.get('/api/officer/me').expect(401);
  });

  it('rejects a code step without a password step', async () => {
    const client = await ApiClient.create({ language: 'en' });

    const response = await client.post('/api/officer/login/totp', { code: '123456' }).expect(401);

    expect(response.body.detail).toBe(
      'This sign-in step has expired or was not started. Please enter your username and password again.',
    );
  });

  it('names a malformed code', async () => {
    const officer = await createOfficer();
    const client = await ApiClient.create({ language: 'en' });

    const response = await client
      .post('/api/officer/login', { username: officer.username, password: officer.password, code: '12ab' })
      .expect(400);

    expect(response.body.errors).toEqual([
      jasmine.objectContaining({
        path: 'code',
        code: 'invalidTotpCode',
        message: 'Authenticator code must be the 6 digits that the authenticator app shows.',
      }),
    ]);
  });

  it('signs out', async () => {
    const { client } = await signedInOfficer();

    await client.post('/api/officer/logout').expect(204);

    await client.get('/api/officer/me').expect(401);
  });

  it('signs the same officer in twice', async () => {
    const officer = await createOfficer();
    const first = await ApiClient.create();
    const second = await ApiClient.create();

    await signInOfficer(first, officer);
    await signInOfficer(second, officer);

    await first.get('/api/officer/me').expect(200);
    await second.get('/api/officer/me').expect(200);
  });
});
