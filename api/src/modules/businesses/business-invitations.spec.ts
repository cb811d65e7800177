import type {
  BusinessInvitationView,
  BusinessMemberView,
  BusinessView,
  Language,
} from '@smartgate/shared-models';

import { UnrecoverableError } from 'bullmq';
import { QueryTypes } from 'sequelize';

import { ApiClient } from '../../test/api-client';
import { applicantRegistration, signedInApplicant } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import {
  ACCEPT,
  BUSINESSES,
  invitationToken,
  registeredBusiness,
  sendInvitationMail,
} from './business.fixtures';

/** Registers and signs in an applicant with this address and language. */
async function applicantWith(email: string, language: Language = 'en'): Promise<ApiClient> {
  const client = await ApiClient.create({ language: 'en' });
  await client
    .post('/api/applicant/register', applicantRegistration({ email, preferredLanguage: language }))
    .expect(201);
  return client;
}

function inviteeAddress(): string {
  return `invitee-${crypto.randomUUID()}@example.vn`;
}

describe('business invitations', () => {
  let administrator: ApiClient;
  let business: BusinessView;

  beforeEach(async () => {
    ({ client: administrator } = await signedInApplicant('en'));
    business = await registeredBusiness(administrator);
  });

  function invitations(): string {
    return `${BUSINESSES}/${business.id}/invitations`;
  }

  it('lists an open invitation without its token', async () => {
    const email = inviteeAddress();

    const created = await administrator.post(invitations(), { email: email.toUpperCase() }).expect(201);

    const invitation = created.body as BusinessInvitationView;
    expect(invitation.email).toBe(email);
    expect(invitation.role).toBe('staff');
    expect(Object.keys(invitation)).not.toContain('token');
    const expiresInDays = (Date.parse(invitation.expiresAt) - Date.parse(invitation.createdAt)) / 86_400_000;
    expect(expiresInDays).toBeCloseTo(7, 3);
    const listed = await administrator.get(invitations()).expect(200);
    expect(listed.body).toEqual([invitation]);
  });

  it('stores only the token hash', async () => {
    const email = inviteeAddress();
    const created = await administrator.post(invitations(), { email }).expect(201);

    const { token } = await sendInvitationMail(created.body.id as string);

    const [row] = await testEnvironment().sequelize.query<{ token_hash: string; payload: unknown }>(
      `SELECT i.token_hash, o.payload FROM business_invitations i
       JOIN outbox o ON o.payload->>'invitationId' = i.id::text WHERE i.id = :id`,
      { replacements: { id: created.body.id }, type: QueryTypes.SELECT },
    );
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.token_hash).not.toContain(token);
    expect(JSON.stringify(row.payload)).not.toContain(email);
  });

  const languages: [Language, string][] = [
    ['vi', 'Lời mời tham gia doanh nghiệp'],
    ['en', 'Invitation to join'],
    ['km', 'ការអញ្ជើញចូលរួមជាមួយ'],
  ];
  for (const [language, subject] of languages) {
    it(`writes the e-mail in ${language} as the administrator chose`, async () => {
      const email = inviteeAddress();
      const created = await administrator.post(invitations(), { email, language }).expect(201);

      const { mail, token } = await sendInvitationMail(created.body.id as string);

      expect(mail.subject).toContain(subject);
      expect(mail.subject).toContain(business.name);
      expect(mail.text).toContain(business.taxCode);
      expect(mail.text).toContain(`http://localhost:4200/business/invitation#token=${token}`);
      const recipient = mail.to && !Array.isArray(mail.to) ? mail.to.text : undefined;
      expect(recipient).toBe(email);
    });
  }

  it('writes the e-mail in the language of an existing account', async () => {
    const email = inviteeAddress();
    await applicantWith(email, 'km');
    const created = await administrator.post(invitations(), { email, language: 'vi' }).expect(201);

    const { mail } = await sendInvitationMail(created.body.id as string);

    expect(mail.subject).toContain('ការអញ្ជើញ');
  });

  it('adds the invited applicant with the invited role', async () => {
    const email = inviteeAddress();
    const invitee = await applicantWith(email);
    const token = await invitationToken(administrator, business.id, email, 'administrator');

    const response = await invitee.post(ACCEPT, { token }).expect(200);

    expect((response.body as BusinessView).id).toBe(business.id);
    expect(response.body.role).toBe('administrator');
    const members = await administrator.get(`${BUSINESSES}/${business.id}/members`).expect(200);
    expect((members.body as BusinessMemberView[]).length).toBe(2);
    const open = await administrator.get(invitations()).expect(200);
    expect(open.body).toEqual([]);
  });

  it('accepts a token only once', async () => {
    const email = inviteeAddress();
    const invitee = await applicantWith(email);
    const token = await invitationToken(administrator, business.id, email);
    await invitee.post(ACCEPT, { token }).expect(200);

    const response = await invitee.post(ACCEPT, { token }).expect(404);

    expect(response.body.detail).toContain('new invitation');
  });

  it('rejects an applicant signed in with another address', async () => {
    const email = inviteeAddress();
    const token = await invitationToken(administrator, business.id, email);
    const { client: someoneElse } = await signedInApplicant('en');

    const response = await someoneElse.post(ACCEPT, { token }).expect(403);

    expect(response.body.detail).toContain('another e-mail address');
    await someoneElse.get(`${BUSINESSES}/${business.id}`).expect(404);
  });

  it('rejects an expired invitation', async () => {
    const email = inviteeAddress();
    const invitee = await applicantWith(email);
    const token = await invitationToken(administrator, business.id, email);
    await testEnvironment().sequelize.query(
      `UPDATE business_invitations SET expires_at = now() - interval '1 second' WHERE email = :email`,
      { replacements: { email } },
    );

    await invitee.post(ACCEPT, { token }).expect(404);
    const open = await administrator.get(invitations()).expect(200);
    expect(open.body).toEqual([]);
  });

  it('rejects a revoked invitation', async () => {
    const email = inviteeAddress();
    const invitee = await applicantWith(email);
    const created = await administrator.post(invitations(), { email }).expect(201);
    const { token } = await sendInvitationMail(created.body.id as string);

    await administrator.delete(`${invitations()}/${created.body.id}`).expect(204);

    await invitee.post(ACCEPT, { token }).expect(404);
    await administrator.delete(`${invitations()}/${created.body.id}`).expect(404);
  });

  it('fails the e-mail of a revoked invitation', async () => {
    const created = await administrator.post(invitations(), { email: inviteeAddress() }).expect(201);
    await administrator.delete(`${invitations()}/${created.body.id}`).expect(204);

    const sending = sendInvitationMail(created.body.id as string);

    await expectAsync(sending).toBeRejectedWithError(UnrecoverableError, /no longer open/);
  });

  it('replaces the earlier invitation of the same address', async () => {
    const email = inviteeAddress();
    const invitee = await applicantWith(email);
    const firstToken = await invitationToken(administrator, business.id, email);
    const secondToken = await invitationToken(administrator, business.id, email);

    await invitee.post(ACCEPT, { token: firstToken }).expect(404);
    await invitee.post(ACCEPT, { token: secondToken }).expect(200);
  });

  it('refuses to invite an existing member', async () => {
    const email = inviteeAddress();
    const invitee = await applicantWith(email);
    await invitee
      .post(ACCEPT, { token: await invitationToken(administrator, business.id, email) })
      .expect(200);

    const response = await administrator.post(invitations(), { email }).expect(409);

    expect(response.body.detail).toContain('already a member');
  });

  it('rejects a malformed invitation request and token', async () => {
    const response = await administrator.post(invitations(), { email: 'nope', role: 'owner' }).expect(400);
    const codes = (response.body.errors as { path: string; code: string }[]).map(
      (e) => `${e.path}:${e.code}`,
    );
    expect(codes).toEqual(jasmine.arrayWithExactContents(['email:invalidEmail', 'role:invalidOption']));

    await administrator.post(ACCEPT, { token: 'short' }).expect(400);
    await administrator.post(ACCEPT, { token: 'x'.repeat(43) }).expect(404);
  });
});
