import { QueryTypes } from 'sequelize';

import { ApiClient } from '../../test/api-client';
import { createOfficer } from '../../test/factories';
import { officerLoginBody, signInOfficer } from '../../test/officer-sign-in';
import { SecurityApp, pause } from '../../test/security-app';
import { currentTotpStep, totpCodeAt } from '../../test/totp-codes';
import { testEnvironment } from '../../test/test-environment';
import { FAILED_SIGN_INS_BEFORE_LOCK } from './officer-credentials.repository';

interface AuditRow {
  action: string;
  actorId: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
}

async function signInAuditOf(officerId: string): Promise<AuditRow[]> {
  return testEnvironment().sequelize.query<AuditRow>(
    `SELECT action, actor_id AS "actorId", ip, details FROM audit_log
      WHERE actor_id = :officerId AND action LIKE 'officer.%' ORDER BY id`,
    { replacements: { officerId }, type: QueryTypes.SELECT },
  );
}

describe('officer lockout', () => {
  it('locks the account after 5 failures', async () => {
    const officer = await createOfficer();
    const client = await ApiClient.create({ language: 'en' });
    const wrong = { username: officer.username, password: 'wrong password' };

    const statuses: number[] = [];
    for (let attempt = 0; attempt < FAILED_SIGN_INS_BEFORE_LOCK; attempt++) {
      statuses.push((await client.post('/api/officer/login', wrong)).status);
    }
    const sixth = await client.post('/api/officer/login', await officerLoginBody(officer));

    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    expect(sixth.status).toBe(423);
    expect(sixth.body.type).toBe('/api/problems/account-locked');
    expect(sixth.body.title).toBe('The account is locked.');
    expect(sixth.body.detail).toBe(
      'After 5 failed sign-ins this account is locked for 15 minutes. Please try again later, or ask an administrator to unlock it.',
    );
    await client.get('/api/officer/me').expect(401);
  });

  it('explains the lock in Vietnamese by default', async () => {
    const officer = await createOfficer();
    const client = await ApiClient.create();
    for (let attempt = 0; attempt < FAILED_SIGN_INS_BEFORE_LOCK; attempt++) {
      await client.post('/api/officer/login', { username: officer.username, password: 'wrong password' });
    }

    const response = await client.post('/api/officer/login', await officerLoginBody(officer)).expect(423);

    expect(response.body.detail).toBe(
      'Tài khoản bị khóa 15 phút sau 5 lần đăng nhập sai. Vui lòng thử lại sau, hoặc đề nghị quản trị viên mở khóa.',
    );
  });

  it('counts wrong codes as failures', async () => {
    const officer = await createOfficer();
    const client = await ApiClient.create();
    const login = { username: officer.username, password: officer.password };
    const step = currentTotpStep();

    const statuses: number[] = [];
    for (let attempt = 0; attempt < FAILED_SIGN_INS_BEFORE_LOCK; attempt++) {
      const wrongCode = totpCodeAt(officer.totpSecret!, step - 10 - attempt);
      statuses.push((await client.post('/api/officer/login', { ...login, code: wrongCode })).status);
    }

    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    await client.post('/api/officer/login', await officerLoginBody(officer)).expect(423);
  });

  it('starts counting again after a success', async () => {
    const officer = await createOfficer();
    const client = await ApiClient.create();
    const wrong = { username: officer.username, password: 'wrong password' };
    for (let attempt = 0; attempt < FAILED_SIGN_INS_BEFORE_LOCK - 1; attempt++) {
      await client.post('/api/officer/login', wrong).expect(401);
    }
    await signInOfficer(client, officer);

    for (let attempt = 0; attempt < FAILED_SIGN_INS_BEFORE_LOCK - 1; attempt++) {
      await client.post('/api/officer/login', wrong).expect(401);
    }
  });

  it('audits every attempt without the password', async () => {
    const officer = await createOfficer();
    const client = await ApiClient.create();
    await client.post('/api/officer/login', { username: officer.username, password: 'secret guess 42' });
    await signInOfficer(client, officer);

    const rows = await signInAuditOf(officer.id);

    expect(rows.map((row) => row.action)).toEqual(['officer.sign-in.failed', 'officer.sign-in.succeeded']);
    expect(rows[0].details).toEqual({ reason: 'password' });
    expect(rows.every((row) => row.ip === '127.0.0.1' || row.ip === '::ffff:127.0.0.1')).toBeTrue();
    expect(JSON.stringify(rows)).not.toContain('secret guess 42');
    expect(JSON.stringify(rows)).not.toContain(officer.password);
  });

  it('audits the lock and the refused attempts', async () => {
    const officer = await createOfficer();
    const client = await ApiClient.create();
    for (let attempt = 0; attempt < FAILED_SIGN_INS_BEFORE_LOCK; attempt++) {
      await client.post('/api/officer/login', { username: officer.username, password: 'wrong password' });
    }
    await client.post('/api/officer/login', await officerLoginBody(officer)).expect(423);

    const rows = await signInAuditOf(officer.id);

    expect(rows.map((row) => row.action)).toEqual([
      ...Array<string>(FAILED_SIGN_INS_BEFORE_LOCK).fill('officer.sign-in.failed'),
      'officer.locked',
      'officer.sign-in.failed',
    ]);
    expect(rows.at(-1)!.details).toEqual({ reason: 'locked' });
  });

  it('audits an unknown username', async () => {
    const client = await ApiClient.create();
    const username = `nobody-${Date.now()}`;

    await client.post('/api/officer/login', { username, password: 'whatever 123' }).expect(401);

    const rows = await testEnvironment().sequelize.query<AuditRow>(
      `SELECT action, actor_id AS "actorId", ip, details FROM audit_log
        WHERE action = 'officer.sign-in.failed' AND details->>'username' = :username`,
      { replacements: { username }, type: QueryTypes.SELECT },
    );
    expect(rows).toEqual([
      jasmine.objectContaining({ actorId: null, details: { reason: 'unknown-username', username } }),
    ]);
  });

  describe('with a lock of one second', () => {
    let app: SecurityApp;

    beforeEach(async () => {
      app = await SecurityApp.start({ lockoutDurationMs: 1_000 });
    });

    afterEach(async () => {
      await app.stop();
    });

    it('ends the lock after its duration', async () => {
      const officer = await createOfficer();
      const client = await ApiClient.create({ server: app.server });
      for (let attempt = 0; attempt < FAILED_SIGN_INS_BEFORE_LOCK; attempt++) {
        await client.post('/api/officer/login', { username: officer.username, password: 'wrong password' });
      }
      await client.post('/api/officer/login', await officerLoginBody(officer)).expect(423);

      await pause(1_100);

      await signInOfficer(client, officer);
      await client.get('/api/officer/me').expect(200);
    });
  });
});
