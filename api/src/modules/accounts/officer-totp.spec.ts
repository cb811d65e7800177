import type { OfficerSignInResult, TotpSetup } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { ApiClient } from '../../test/api-client';
import { createOfficer } from '../../test/factories';
import { officerLoginBody } from '../../test/officer-sign-in';
import { currentTotpStep, totpCodeAt, unusedTotpCode } from '../../test/totp-codes';
import { testEnvironment } from '../../test/test-environment';
import { decryptTotpSecret } from './totp-secret-cipher';

async function storedSecretOf(officerId: string): Promise<string | null> {
  const [row] = await testEnvironment().sequelize.query<{ secret: string | null }>(
    'SELECT totp_secret_encrypted AS secret FROM officers WHERE id = :officerId',
    { replacements: { officerId }, type: QueryTypes.SELECT },
  );
  return row.secret;
}

async function actionsOf(officerId: string): Promise<string[]> {
  const rows = await testEnvironment().sequelize.query<{ action: string }>(
    'SELECT action FROM audit_log WHERE actor_id = :officerId ORDER BY id',
    { replacements: { officerId }, type: QueryTypes.SELECT },
  );
  return rows.map((row) => row.action);
}

describe('officer TOTP', () => {
  describe('first sign-in', () => {
    it('shows the secret and its QR code', async () => {
      const officer = await createOfficer({ totp: false });
      const client = await ApiClient.create();

      const response = await client
        .post('/api/officer/login', { username: officer.username, password: officer.password })
        .expect(200);

      const result = response.body as Extract<OfficerSignInResult, { status: 'totp-setup-required' }>;
      expect(result.status).toBe('totp-setup-required');
      expect(result.setup.secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(result.setup.otpauthUri).toBe(
        `otpauth://totp/SmartGate:${officer.username}?issuer=SmartGate&secret=${result.setup.secret}&algorithm=SHA1&digits=6&period=30`,
      );
      expect(result.setup.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
      expect(response.headers['cache-control']).toBe('no-store');
      await client.get('/api/officer/me').expect(401);
      expect(await storedSecretOf(officer.id)).toBeNull();
    });

    it('signs in once a code confirms the secret', async () => {
      const officer = await createOfficer({ totp: false });
      const client = await ApiClient.create();
      const setup = (
        await client.post('/api/officer/login', { username: officer.username, password: officer.password })
      ).body.setup as TotpSetup;

      const response = await client
        .post('/api/officer/login/totp', { code: await unusedTotpCode(setup.secret) })
        .expect(200);

      expect((response.body as OfficerSignInResult).status).toBe('signed-in');
      await client.get('/api/officer/me').expect(200);
      const stored = (await storedSecretOf(officer.id))!;
      expect(stored).not.toContain(setup.secret);
      const key = testEnvironment().config.officerSecurity.totpEncryptionKey;
      expect(decryptTotpSecret(stored, officer.id, key)).toBe(setup.secret);
      expect(await actionsOf(officer.id)).toEqual(['officer.totp.enrolled', 'officer.sign-in.succeeded']);
    });

    it('keeps the secret unset after a wrong code', async () => {
      const officer = await createOfficer({ totp: false });
      const client = await ApiClient.create();
      const setup = (
        await client.post('/api/officer/login', { username: officer.username, password: officer.password })
      ).body.setup as TotpSetup;
      const wrong = totpCodeAt(setup.secret, currentTotpStep() - 5);

      const response = await client.post('/api/officer/login/totp', { code: wrong }).expect(401);

      expect(response.body.type).toBe('/api/problems/invalid-credentials');
      expect(await storedSecretOf(officer.id)).toBeNull();
      await client.get('/api/officer/me').expect(401);
      await client.post('/api/officer/login/totp', { code: await unusedTotpCode(setup.secret) }).expect(200);
    });
  });

  it('rejects a wrong code', async () => {
    const officer = await createOfficer();
    const client = await ApiClient.create({ language: 'en' });
    const wrong = totpCodeAt(officer.totpSecret!, currentTotpStep() - 3);

    const response = await client
      .post('/api/officer/login', { username: officer.username, password: officer.password, code: wrong })
      .expect(401);

    expect(response.body.type).toBe('/api/problems/invalid-credentials');
    expect(response.body.detail).toBe(
      'The code is wrong or has expired. Please enter the current 6-digit code from your authenticator app.',
    );
    await client.get('/api/officer/me').expect(401);
  });

  it('rejects a replayed code', async () => {
    const officer = await createOfficer();
    const body = await officerLoginBody(officer);
    const first = await ApiClient.create();
    const second = await ApiClient.create({ language: 'en' });
    await first.post('/api/officer/login', body).expect(200);

    const replay = await second.post('/api/officer/login', body).expect(401);

    expect(replay.body.detail).toBe(
      'This code has already been used. Please wait for the next code in your authenticator app.',
    );
    await second.get('/api/officer/me').expect(401);
    await first.get('/api/officer/me').expect(200);
  });

  it('lets one of two simultaneous uses of a code win', async () => {
    const officer = await createOfficer();
    const body = await officerLoginBody(officer);
    const clients = [await ApiClient.create(), await ApiClient.create()];

    const responses = await Promise.all(clients.map((client) => client.post('/api/officer/login', body)));

    expect(responses.map((response) => response.status).sort()).toEqual([200, 401]);
  });

  it('rejects a code of an older step after a newer one', async () => {
    const officer = await createOfficer();
    const step = currentTotpStep();
    const client = await ApiClient.create();
    const login = { username: officer.username, password: officer.password };
    await client
      .post('/api/officer/login', { ...login, code: totpCodeAt(officer.totpSecret!, step + 1) })
      .expect(200);

    await client
      .post('/api/officer/login', { ...login, code: totpCodeAt(officer.totpSecret!, step) })
      .expect(401);
  });
});
