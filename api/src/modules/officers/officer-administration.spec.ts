import type {
  OfficerAccount,
  OfficerSession,
  OfficerSignInResult,
  OfficerWithInitialPassword,
} from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { ApiClient } from '../../test/api-client';
import { createOfficer, signedInApplicant, signedInOfficer } from '../../test/factories';
import { signInOfficer } from '../../test/officer-sign-in';
import { testEnvironment } from '../../test/test-environment';
import { unusedTotpCode } from '../../test/totp-codes';
import { sessionHandle } from './officer-sessions.repository';

const ADMIN = '/api/officer/admin';

function newOfficer(overrides: Record<string, unknown> = {}) {
  return {
    username: `new-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`,
    fullName: 'Đinh Thị Hoa',
    role: 'reviewer',
    gateCodes: ['lt'],
    ...overrides,
  };
}

async function auditOf(officerId: string): Promise<{ action: string; actorId: string }[]> {
  return testEnvironment().sequelize.query(
    `SELECT action, actor_id AS "actorId" FROM audit_log WHERE details->>'officerId' = :officerId ORDER BY id`,
    { replacements: { officerId }, type: QueryTypes.SELECT },
  );
}

/** Every administrator route, each with a body that would be valid. */
const ADMIN_ROUTES: [method: 'get' | 'post' | 'patch', path: string, body?: object][] = [
  ['get', `${ADMIN}/officers`],
  ['post', `${ADMIN}/officers`, newOfficer()],
  ['patch', `${ADMIN}/officers/00000000-0000-4000-8000-000000000000`, { fullName: 'X' }],
  ['post', `${ADMIN}/officers/00000000-0000-4000-8000-000000000000/disable`],
  ['post', `${ADMIN}/officers/00000000-0000-4000-8000-000000000000/enable`],
  ['post', `${ADMIN}/officers/00000000-0000-4000-8000-000000000000/password-reset`],
  ['post', `${ADMIN}/officers/00000000-0000-4000-8000-000000000000/totp-reset`],
  ['post', `${ADMIN}/officers/00000000-0000-4000-8000-000000000000/unlock`],
  ['get', `${ADMIN}/sessions`],
  ['post', `${ADMIN}/sessions/${'a'.repeat(64)}/end`],
];

function send(client: ApiClient, [method, path, body]: (typeof ADMIN_ROUTES)[number]) {
  return method === 'get' ? client.get(path) : client[method](path, body ?? {});
}

describe('officer administration', () => {
  let administrator: ApiClient;
  let administratorId: string;

  beforeAll(async () => {
    const signedIn = await signedInOfficer('en', { role: 'administrator' });
    administrator = signedIn.client;
    administratorId = signedIn.profile.id;
  });

  describe('access', () => {
    for (const role of ['reviewer', 'gate_officer', 'supervisor'] as const) {
      it(`forbids a ${role} every route`, async () => {
        const { client } = await signedInOfficer('en', { role });

        for (const route of ADMIN_ROUTES) {
          const response = await send(client, route);
          expect(response.status).withContext(`${route[0]} ${route[1]}`).toBe(403);
          expect(response.body.detail)
            .withContext(route[1])
            .toBe('Your officer role does not allow this action.');
        }
      });
    }

    it('rejects an applicant session', async () => {
      const { client } = await signedInApplicant();

      for (const route of ADMIN_ROUTES) {
        const response = await send(client, route);
        expect(response.status).withContext(`${route[0]} ${route[1]}`).toBe(401);
      }
    });
  });

  describe('creation', () => {
    it('creates an officer with a one-time password', async () => {
      const request = newOfficer({ role: 'supervisor' });

      const response = await administrator.post(`${ADMIN}/officers`, request).expect(201);

      const created = response.body as OfficerWithInitialPassword;
      expect(created.officer).toEqual(
        jasmine.objectContaining({
          username: request.username,
          fullName: 'Đinh Thị Hoa',
          role: 'supervisor',
          gateCodes: ['LT'],
          active: true,
          totpEnrolled: false,
          passwordChangeRequired: true,
          lockedUntil: null,
          lastSignInAt: null,
        }),
      );
      expect(created.initialPassword).toMatch(/^[A-Za-z2-9]{16}$/);
      expect(response.headers['cache-control']).toBe('no-store');
      const listed = (await administrator.get(`${ADMIN}/officers`).expect(200)).body as OfficerAccount[];
      expect(listed.find((officer) => officer.id === created.officer.id)).toEqual(created.officer);
      expect(JSON.stringify(listed)).not.toContain(created.initialPassword);
      expect(await auditOf(created.officer.id)).toEqual([
        { action: 'officer.created', actorId: administratorId },
      ]);
    });

    it('walks the new officer through the first sign-in', async () => {
      const { officer, initialPassword } = (
        await administrator.post(`${ADMIN}/officers`, newOfficer()).expect(201)
      ).body as OfficerWithInitialPassword;
      const client = await ApiClient.create();

      const first = await client
        .post('/api/officer/login', { username: officer.username, password: initialPassword })
        .expect(200);
      const setup = (first.body as Extract<OfficerSignInResult, { status: 'totp-setup-required' }>).setup;
      await client.post('/api/officer/login/totp', { code: await unusedTotpCode(setup.secret) }).expect(200);
      await client.get('/api/officer/declarations').expect(403);
      await client
        .post('/api/officer/me/password', {
          currentPassword: initialPassword,
          newPassword: 'my own password 1',
        })
        .expect(200);

      await client.get('/api/officer/declarations').expect(200);
    });

    it('rejects a username that is taken', async () => {
      const request = newOfficer();
      await administrator.post(`${ADMIN}/officers`, request).expect(201);

      const response = await administrator
        .post(`${ADMIN}/officers`, { ...request, username: request.username.toUpperCase() })
        .expect(409);

      expect(response.body.type).toBe('/api/problems/username-taken');
    });

    it('names every invalid field', async () => {
      const response = await administrator
        .post(`${ADMIN}/officers`, { username: 'a b', fullName: '  ', role: 'chief', gateCodes: [] })
        .expect(400);

      const errors = response.body.errors as { path: string; code: string }[];
      expect(errors.map((error) => [error.path, error.code])).toEqual(
        jasmine.arrayWithExactContents([
          ['username', 'invalidUsername'],
          ['fullName', 'required'],
          ['role', 'invalidOption'],
          ['gateCodes', 'required'],
        ]),
      );
    });

    it('rejects an unknown gate', async () => {
      const response = await administrator
        .post(`${ADMIN}/officers`, newOfficer({ gateCodes: ['LT', 'NOPE'] }))
        .expect(400);

      expect(response.body.errors).toEqual([
        jasmine.objectContaining({ path: 'gateCodes', code: 'unknownGate' }),
      ]);
    });
  });

  describe('changes', () => {
    it('changes role and gates', async () => {
      const officer = await createOfficer();

      const response = await administrator
        .patch(`${ADMIN}/officers/${officer.id}`, { role: 'supervisor', gateCodes: ['LT'] })
        .expect(200);

      expect((response.body as OfficerAccount).role).toBe('supervisor');
      expect(await auditOf(officer.id)).toEqual([{ action: 'officer.updated', actorId: administratorId }]);
    });

    it('answers 404 for an unknown or malformed id', async () => {
      await administrator
        .patch(`${ADMIN}/officers/00000000-0000-4000-8000-000000000000`, { fullName: 'X' })
        .expect(404);
      await administrator.post(`${ADMIN}/officers/not-an-id/disable`).expect(404);
    });

    it('forbids changing the own role or account', async () => {
      await administrator.patch(`${ADMIN}/officers/${administratorId}`, { role: 'reviewer' }).expect(403);
      await administrator.post(`${ADMIN}/officers/${administratorId}/disable`).expect(403);
      await administrator.post(`${ADMIN}/officers/${administratorId}/password-reset`).expect(403);
      await administrator.post(`${ADMIN}/officers/${administratorId}/totp-reset`).expect(403);
      await administrator.get('/api/officer/me').expect(200);
    });
  });

  describe('disabling', () => {
    it('ends the officer sessions at once', async () => {
      const { client, profile } = await signedInOfficer();
      await client.get('/api/officer/declarations').expect(200);

      await administrator.post(`${ADMIN}/officers/${profile.id}/disable`).expect(200);

      await client.get('/api/officer/declarations').expect(401);
      await client.get('/api/officer/me').expect(401);
      const [{ count }] = await testEnvironment().sequelize.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM sessions WHERE sess #>> '{passport,user,id}' = :id`,
        { replacements: { id: profile.id }, type: QueryTypes.SELECT },
      );
      expect(count).toBe(0);
    });

    it('refuses sign-in until enabled again', async () => {
      const officer = await createOfficer();
      await administrator.post(`${ADMIN}/officers/${officer.id}/disable`).expect(200);
      const client = await ApiClient.create();
      await client
        .post('/api/officer/login', { username: officer.username, password: officer.password })
        .expect(401);

      const enabled = await administrator.post(`${ADMIN}/officers/${officer.id}/enable`).expect(200);

      expect((enabled.body as OfficerAccount).active).toBeTrue();
      await signInOfficer(client, officer);
      expect((await auditOf(officer.id)).map((row) => row.action)).toEqual([
        'officer.disabled',
        'officer.enabled',
      ]);
    });
  });

  describe('resets', () => {
    it('sets a new one-time password and ends the sessions', async () => {
      const { client, officer } = await signedInOfficer();

      const response = await administrator.post(`${ADMIN}/officers/${officer.id}/password-reset`).expect(200);

      const { initialPassword } = response.body as OfficerWithInitialPassword;
      await client.get('/api/officer/me').expect(401);
      const again = await ApiClient.create();
      await again
        .post('/api/officer/login', { username: officer.username, password: officer.password })
        .expect(401);
      const profile = await signInOfficer(again, { ...officer, password: initialPassword });
      expect(profile.passwordChangeRequired).toBeTrue();
    });

    it('makes the next sign-in set up TOTP again', async () => {
      const { client, officer } = await signedInOfficer();

      const response = await administrator.post(`${ADMIN}/officers/${officer.id}/totp-reset`).expect(200);

      expect((response.body as OfficerAccount).totpEnrolled).toBeFalse();
      await client.get('/api/officer/me').expect(401);
      const login = await (
        await ApiClient.create()
      )
        .post('/api/officer/login', { username: officer.username, password: officer.password })
        .expect(200);
      expect((login.body as OfficerSignInResult).status).toBe('totp-setup-required');
    });

    it('unlocks a locked account', async () => {
      const officer = await createOfficer();
      const client = await ApiClient.create();
      for (let attempt = 0; attempt < 5; attempt++) {
        await client.post('/api/officer/login', { username: officer.username, password: 'wrong password' });
      }
      const locked = (await administrator.get(`${ADMIN}/officers`).expect(200)).body as OfficerAccount[];
      expect(locked.find((account) => account.id === officer.id)?.lockedUntil).not.toBeNull();

      await administrator.post(`${ADMIN}/officers/${officer.id}/unlock`).expect(200);

      await signInOfficer(client, officer);
    });
  });

  describe('sessions', () => {
    it('lists active officer sessions by a handle, not their id', async () => {
      const { profile } = await signedInOfficer();
      const [{ sid }] = await testEnvironment().sequelize.query<{ sid: string }>(
        `SELECT sid FROM sessions WHERE sess #>> '{passport,user,id}' = :id`,
        { replacements: { id: profile.id }, type: QueryTypes.SELECT },
      );

      const sessions = (await administrator.get(`${ADMIN}/sessions`).expect(200)).body as OfficerSession[];

      const own = sessions.filter((session) => session.officerId === profile.id);
      expect(own.length).toBe(1);
      expect(own[0]).toEqual(
        jasmine.objectContaining({ username: profile.username, ip: jasmine.stringMatching(/127\.0\.0\.1$/) }),
      );
      expect(Date.parse(own[0].signedInAt)).toBeGreaterThan(Date.now() - 60_000);
      expect(Date.parse(own[0].lastActiveAt)).toBeGreaterThan(Date.now() - 60_000);
      expect(own[0].id).toBe(sessionHandle(sid));
      expect(JSON.stringify(sessions)).not.toContain(sid);
    });

    it('ends one session', async () => {
      const { client, profile } = await signedInOfficer();
      const sessions = (await administrator.get(`${ADMIN}/sessions`).expect(200)).body as OfficerSession[];
      const target = sessions.find((session) => session.officerId === profile.id)!;

      await administrator.post(`${ADMIN}/sessions/${target.id}/end`).expect(204);

      await client.get('/api/officer/me').expect(401);
      await administrator.post(`${ADMIN}/sessions/${target.id}/end`).expect(404);
      expect((await auditOf(profile.id)).map((row) => row.action)).toEqual(['officer.session.ended']);
    });
  });
});
