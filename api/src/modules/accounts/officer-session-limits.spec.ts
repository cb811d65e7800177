import { QueryTypes } from 'sequelize';
import supertest from 'supertest';

import { ApiClient } from '../../test/api-client';
import { createOfficer } from '../../test/factories';
import { officerLoginBody } from '../../test/officer-sign-in';
import { SecurityApp, pause } from '../../test/security-app';
import { testEnvironment } from '../../test/test-environment';

/** Signs a new officer in to the app and returns the client and the raw session cookie. */
async function signIn(app: SecurityApp): Promise<{ client: ApiClient; cookie: string; officerId: string }> {
  const officer = await createOfficer();
  const client = await ApiClient.create({ server: app.server, language: 'en' });
  const response = await client.post('/api/officer/login', await officerLoginBody(officer)).expect(200);

  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = cookies.find((candidate) => candidate.startsWith('sg_officer_sid='))!.split(';')[0];
  return { client, cookie, officerId: officer.id };
}

/** Sends the session cookie by hand, as a client that ignores the cookie's expiry would. */
function meWithCookie(app: SecurityApp, cookie: string) {
  return supertest(app.server).get('/api/officer/me').set('Cookie', cookie).set('Accept-Language', 'en');
}

async function sessionCountOf(officerId: string): Promise<number> {
  const [row] = await testEnvironment().sequelize.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM sessions WHERE sess #>> '{passport,user,id}' = :officerId`,
    { replacements: { officerId }, type: QueryTypes.SELECT },
  );
  return row.count;
}

describe('officer session limits', () => {
  describe('idle timeout', () => {
    let app: SecurityApp;

    beforeEach(async () => {
      app = await SecurityApp.start({ idleTimeoutMs: 2_000, sessionLifetimeMs: 60_000 });
    });

    afterEach(async () => {
      await app.stop();
    });

    it('ends an unused session', async () => {
      const { cookie } = await signIn(app);
      await meWithCookie(app, cookie).expect(200);

      // The store keeps expiry times in whole seconds, so the idle time is given one more second.
      await pause(3_100);

      const response = await meWithCookie(app, cookie).expect(401);
      expect(response.body.type).toBe('/api/problems/unauthenticated');
    });

    it('keeps a session in use', async () => {
      const { client } = await signIn(app);

      // Cookie expiry dates have whole seconds, so the pauses stay well under the idle time.
      for (let request = 0; request < 6; request++) {
        await pause(500);
        await client.get('/api/officer/me').expect(200);
      }
    });

    it('limits the cookie to the idle time', async () => {
      const officer = await createOfficer();
      const client = await ApiClient.create({ server: app.server });

      const response = await client.post('/api/officer/login', await officerLoginBody(officer)).expect(200);

      const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
      const session = cookies.find((cookie) => cookie.startsWith('sg_officer_sid='))!;
      const expires = Date.parse(/Expires=([^;]+)/.exec(session)![1]);
      expect(expires - Date.now()).toBeLessThanOrEqual(2_000);
    });
  });

  describe('absolute timeout', () => {
    let app: SecurityApp;

    beforeEach(async () => {
      app = await SecurityApp.start({ idleTimeoutMs: 60_000, sessionLifetimeMs: 1_500 });
    });

    afterEach(async () => {
      await app.stop();
    });

    it('ends an active session after its lifetime', async () => {
      const { client, officerId } = await signIn(app);
      for (let request = 0; request < 3; request++) {
        await pause(300);
        await client.get('/api/officer/me').expect(200);
      }

      await pause(700);

      const response = await client.get('/api/officer/me').expect(401);
      expect(response.body.detail).toBe(
        'Your session ended after a period without activity or after its maximum length. Please sign in again.',
      );
      expect(await sessionCountOf(officerId)).toBe(0);
    });

    it('audits the end of the session', async () => {
      const { client, officerId } = await signIn(app);
      await pause(1_600);

      await client.get('/api/officer/declarations').expect(401);

      const rows = await testEnvironment().sequelize.query<{ details: unknown }>(
        `SELECT details FROM audit_log WHERE actor_id = :officerId AND action = 'officer.session.expired'`,
        { replacements: { officerId }, type: QueryTypes.SELECT },
      );
      expect(rows).toEqual([{ details: { reason: 'lifetime' } }]);
    });

    it('lets the officer sign in again', async () => {
      const officer = await createOfficer();
      const client = await ApiClient.create({ server: app.server });
      await client.post('/api/officer/login', await officerLoginBody(officer)).expect(200);
      await pause(1_600);

      await client.post('/api/officer/login', await officerLoginBody(officer)).expect(200);

      await client.get('/api/officer/me').expect(200);
    });
  });
});
