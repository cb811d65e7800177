import { ApiClient } from '../../test/api-client';
import { createOfficer, signedInOfficer } from '../../test/factories';

describe('officer accounts', () => {
  it('signs in and returns the profile', async () => {
    const { username, password } = await createOfficer({ role: 'supervisor' });
    const client = await ApiClient.create();

    const response = await client.post('/api/officer/login', {
      username: ` ${username.toUpperCase()} `,
      password,
    });
    const me = await client.get('/api/officer/me').expect(200);

    expect(response.status).toBe(200);
    expect(me.body).toEqual(jasmine.objectContaining({ username, role: 'supervisor' }));
    expect(me.body.passwordHash).toBeUndefined();
  });

  it('sets a session cookie limited to the officer API', async () => {
    const { username, password } = await createOfficer();
    const client = await ApiClient.create();

    const response = await client.post('/api/officer/login', { username, password }).expect(200);

    const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const session = cookies.find((cookie) => cookie.startsWith('sg_officer_sid=')) ?? '';
    expect(session).toContain('Path=/api/officer');
    expect(session).toContain('HttpOnly');
  });

  it('rejects a disabled officer', async () => {
    const { username, password } = await createOfficer({ active: false });
    const client = await ApiClient.create();

    const response = await client.post('/api/officer/login', { username, password });

    expect(response.status).toBe(401);
    expect(response.body.type).toBe('/api/problems/invalid-credentials');
  });

  it('rejects a wrong password', async () => {
    const { username } = await createOfficer();
    const client = await ApiClient.create();

    await client.post('/api/officer/login', { username, password: 'not the password' }).expect(401);
  });

  it('signs out', async () => {
    const { client } = await signedInOfficer();

    await client.post('/api/officer/logout').expect(204);

    await client.get('/api/officer/me').expect(401);
  });
});
