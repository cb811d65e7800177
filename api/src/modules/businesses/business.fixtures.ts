import { randomInt } from 'node:crypto';

import {
  taxCodeCheckDigit,
  type BusinessInvitationView,
  type BusinessRegistration,
  type BusinessView,
} from '@smartgate/shared-models';
import type { ParsedMail } from 'mailparser';
import { QueryTypes } from 'sequelize';

import { sendEmail } from '../../jobs/send-email/send-email.processor';
import type { ApiClient } from '../../test/api-client';
import { MailFolder } from '../../test/mail-folder';
import { testEnvironment } from '../../test/test-environment';

export const BUSINESSES = '/api/applicant/businesses';
export const ACCEPT = '/api/applicant/business-invitations/accept';

/** Makes a 10-digit tax code with a valid check digit that no other spec uses (province 64, Gia Lai). */
export function uniqueTaxCode(): string {
  for (;;) {
    const prefix = `64${String(randomInt(10_000_000)).padStart(7, '0')}`;
    const checkDigit = taxCodeCheckDigit(prefix);
    if (checkDigit !== null) {
      return `${prefix}${checkDigit}`;
    }
  }
}

export function businessRegistration(overrides: Partial<BusinessRegistration> = {}): BusinessRegistration {
  return {
    taxCode: uniqueTaxCode(),
    name: 'Công ty TNHH Nông sản Đức Cơ',
    address: 'Thị trấn Chư Ty, huyện Đức Cơ, tỉnh Gia Lai',
    contactName: 'Phạm Văn Hùng',
    contactPhone: '0912 345 678',
    contactEmail: 'lienhe@nongsanducco.vn',
    ...overrides,
  };
}

/** Registers a business through the API, with the client's applicant as administrator. */
export async function registeredBusiness(
  client: ApiClient,
  overrides: Partial<BusinessRegistration> = {},
): Promise<BusinessView> {
  const response = await client.post(BUSINESSES, businessRegistration(overrides)).expect(201);
  return response.body as BusinessView;
}

/** Sends the invitation's queued e-mail as the worker would, and returns the mail and its link's token. */
export async function sendInvitationMail(invitationId: string): Promise<{ mail: ParsedMail; token: string }> {
  const { sequelize, logger, config } = testEnvironment();
  const [row] = await sequelize.query<{ payload: { notice: 'business-invitation'; invitationId: string } }>(
    `SELECT payload FROM outbox WHERE payload->>'invitationId' = :invitationId`,
    { replacements: { invitationId }, type: QueryTypes.SELECT },
  );
  expect(row).withContext(`outbox message of invitation ${invitationId}`).toBeDefined();

  const folder = await MailFolder.create();
  try {
    await sendEmail({ sequelize, logger, config, transport: folder.transport() }, row.payload);
    const [mail] = await folder.messages();
    const token = /#token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '')?.[1] ?? '';
    return { mail, token };
  } finally {
    await folder.remove();
  }
}

/** Invites an address to the business and returns the token of the e-mail's link. */
export async function invitationToken(
  administrator: ApiClient,
  businessId: string,
  email: string,
  role: 'administrator' | 'staff' = 'staff',
): Promise<string> {
  const response = await administrator
    .post(`${BUSINESSES}/${businessId}/invitations`, { email, role })
    .expect(201);
  const { token } = await sendInvitationMail((response.body as BusinessInvitationView).id);
  return token;
}

/** Makes the signed-in applicant of `member` a member of the business, through an invitation. */
export async function joinBusiness(
  administrator: ApiClient,
  businessId: string,
  member: { client: ApiClient; email: string },
  role: 'administrator' | 'staff' = 'staff',
): Promise<void> {
  const token = await invitationToken(administrator, businessId, member.email, role);
  await member.client.post(ACCEPT, { token }).expect(200);
}
