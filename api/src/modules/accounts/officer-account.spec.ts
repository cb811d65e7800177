import type { OfficerProfile, TotpSetup } from '@smartgate/shared-models';

import { ApiClient } from '../../test/api-client';
import { createOfficer, signedInOfficer } from '../../test/factories';
import { signInOfficer } from '../../test/officer-sign-in';
import { unusedTotpCode } from '../../test/totp-codes';

const NEW_PASSWORD = 'a brand new password 7';

describe('officer own credentials', () => {
  describe('password change', () => {
    it('asks for the current password', async () => {
      const { client } = await signedInOfficer('en');

      const response = await client
        .post('/api/officer/me/password', { currentPassword: 'not my password', newPassword: NEW_PASSWORD })
        .expect(400);

      expect(response.body.errors).toEqual([
        jasmine.objectContaining({
          path: 'currentPassword',
          code: 'currentPasswordWrong',
          message: 'Current password is incorrect. Please enter the password you signed in with.',
        }),
      ]);
    });

    it('replaces the password', async () => {
      const { client, officer } = await signedInOfficer();

      await client
        .post('/api/officer/me/password', { currentPassword: officer.password, newPassword: NEW_PASSWORD })
        .expect(200);

      const oldPassword = await ApiClient.create();
      await oldPassword
        .post('/api/officer/login', { username: officer.username, password: officer.password })
        .expect(401);
      await signInOfficer(await ApiClient.create(), { ...officer, password: NEW_PASSWORD });
    });

    it('ends the other sessions only', async () => {
      const { client, officer } = await signedInOfficer();
      const other = await ApiClient.create();
      await signInOfficer(other, officer);

      await client
        .post('/api/officer/me/password', { currentPassword: officer.password, newPassword: NEW_PASSWORD })
        .expect(200);

      await client.get('/api/officer/me').expect(200);
      await other.get('/api/officer/me').expect(401);
    });

    it('names a new password equal to the current one', async () => {
      const { client, officer } = await signedInOfficer('en');

      const response = await client
        .post('/api/officer/me/password', {
          currentPassword: officer.password,
          newPassword: officer.password,
        })
        .expect(400);

      expect(
        response.body.errors.map((error: { path: string; code: string }) => [error.path, error.code]),
      ).toEqual([['newPassword', 'passwordReused']]);
    });

    it('locks the account after 5 wrong current passwords', async () => {
      const { client, officer } = await signedInOfficer();
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 5; attempt++) {
        const body = { currentPassword: `wrong password ${attempt}`, newPassword: NEW_PASSWORD };
        statuses.push((await client.post('/api/officer/me/password', body)).status);
      }

      expect(statuses).toEqual([400, 400, 400, 400, 423]);
      await client.get('/api/officer/me').expect(401);
      await (
        await ApiClient.create()
      )
        .post('/api/officer/login', { username: officer.username, password: officer.password })
        .expect(423);
    });
  });

  describe('TOTP change', () => {
    async function newSetup(client: ApiClient, password: string): Promise<TotpSetup> {
      return (await client.post('/api/officer/me/totp/setup', { currentPassword: password }).expect(200))
        .body as TotpSetup;
    }

    it('asks for the current password', async () => {
      const { client } = await signedInOfficer();

      const response = await client
        .post('/api/officer/me/totp/setup', { currentPassword: 'not my password' })
        .expect(400);

      expect(response.body.errors[0].path).toBe('currentPassword');
    });

    it('replaces the secret once a code confirms it', async () => {
      const { client, officer } = await signedInOfficer();
      const setup = await newSetup(client, officer.password);

      await client.post('/api/officer/me/totp', { code: await unusedTotpCode(setup.secret) }).expect(200);

      const withOldSecret = await ApiClient.create();
      const oldCode = await unusedTotpCode(officer.totpSecret!);
      await withOldSecret
        .post('/api/officer/login', { username: officer.username, password: officer.password, code: oldCode })
        .expect(401);
      await signInOfficer(await ApiClient.create(), { ...officer, totpSecret: setup.secret });
    });

    it('keeps the old secret after a wrong code', async () => {
      const { client, officer } = await signedInOfficer('en');
      await newSetup(client, officer.password);

      const response = await client.post('/api/officer/me/totp', { code: '000000' }).expect(400);

      expect(response.body.errors[0]).toEqual(
        jasmine.objectContaining({ path: 'code', code: 'totpCodeWrong' }),
      );
      await signInOfficer(await ApiClient.create(), officer);
    });

    it('rejects a code without a setup', async () => {
      const { client } = await signedInOfficer('en');

      const response = await client.post('/api/officer/me/totp', { code: '123456' }).expect(409);

      expect(response.body.detail).toBe(
        'No new authenticator secret is waiting for confirmation. Please enter your password to start again.',
      );
    });
  });

  describe('required password change', () => {
    it('blocks other routes until the change', async () => {
      const officer = await createOfficer({ passwordChangeRequired: true });
      const client = await ApiClient.create({ language: 'en' });
      const profile = await signInOfficer(client, officer);

      const blocked = await client.get('/api/officer/declarations').expect(403);
      await client
        .post('/api/officer/me/password', { currentPassword: officer.password, newPassword: NEW_PASSWORD })
        .expect(200);
      const me = await client.get('/api/officer/me').expect(200);

      expect(profile.passwordChangeRequired).toBeTrue();
      expect(blocked.body.detail).toBe(
        'Please change the password that an administrator gave you before you continue.',
      );
      expect((me.body as OfficerProfile).passwordChangeRequired).toBeFalse();
      await client.get('/api/officer/declarations').expect(200);
    });
  });
});
