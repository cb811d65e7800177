import type { ApplicantProfile, DeclarationView } from '@smartgate/shared-models';
import type { AddressObject, ParsedMail } from 'mailparser';
import { QueryTypes } from 'sequelize';

import { sendEmail } from '../../jobs/send-email/send-email.processor';
import { ApiClient } from '../../test/api-client';
import { applicantRegistration, signedInApplicant } from '../../test/factories';
import { MailFolder } from '../../test/mail-folder';
import { testEnvironment } from '../../test/test-environment';
import { BUSINESSES, joinBusiness } from '../businesses/business.fixtures';
import { cargoMember, type CargoMember } from '../cargo-attachments/cargo-attachment.fixtures';
import {
  attachDocuments,
  cargoUrl,
  createdCargoDraft,
} from '../cargo-declarations/cargo-declaration.fixtures';

/** Files, documents and submits the NPK export as the member. */
async function submittedExport(member: CargoMember): Promise<DeclarationView> {
  const draft = await createdCargoDraft(member);
  await attachDocuments(member, draft.id, ['commercial_invoice', 'packing_list']);
  const response = await member.client
    .post(cargoUrl(member, draft.id, 'submit'), { version: draft.version })
    .expect(200);
  return response.body as DeclarationView;
}

/** Sends the queued submission notice of a declaration as the worker would, and returns the mail. */
async function sentSubmissionNotice(declarationId: string): Promise<ParsedMail> {
  const { sequelize, logger, config } = testEnvironment();
  const [row] = await sequelize.query<{
    payload: { notice: 'declaration-submitted'; declarationId: string; version: number };
  }>(
    `SELECT payload FROM outbox
      WHERE payload->>'notice' = 'declaration-submitted' AND payload->>'declarationId' = :declarationId`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
  expect(row).withContext(`submission notice of ${declarationId}`).toBeDefined();

  const folder = await MailFolder.create();
  try {
    await sendEmail({ sequelize, logger, config, transport: folder.transport() }, row.payload);
    const [mail] = await folder.messages();
    return mail;
  } finally {
    await folder.remove();
  }
}

function addressesOf(field: AddressObject | AddressObject[] | undefined): string[] {
  if (!field) {
    return [];
  }
  const objects = Array.isArray(field) ? field : [field];
  return objects.flatMap((object) => object.value.map((entry) => entry.address ?? ''));
}

describe('cargo notice e-mails', () => {
  let administrator: CargoMember;

  beforeEach(async () => {
    administrator = await cargoMember('en');
  });

  it('goes to the filer, copied to the contact', async () => {
    const client = await ApiClient.create();
    const registration = applicantRegistration({ preferredLanguage: 'en' });
    const profile = (await client.post('/api/applicant/register', registration).expect(201))
      .body as ApplicantProfile;
    await joinBusiness(administrator.client, administrator.businessId, { client, email: profile.email });
    const filer = { ...administrator, client, applicantId: profile.id };

    const submitted = await submittedExport(filer);
    const mail = await sentSubmissionNotice(submitted.id);

    expect(addressesOf(mail.to)).toEqual([profile.email]);
    expect(addressesOf(mail.cc)).toEqual(['lienhe@nongsanducco.vn']);
    expect(mail.subject).toBe(
      `Cargo declaration received for truck 81C-123.45 – reference ${submitted.referenceCode}`,
    );
    expect(mail.text).toContain('Dear Công ty TNHH Nông sản Đức Cơ,');
    expect(mail.text).toContain('Direction: Export');
    expect(mail.text).toContain('Goods: 30.1505 t – Phân bón NPK 16-16-8\n');
    expect(mail.text).toContain('Driver: Rơ Mah Hlim');
  });

  it('goes to the contact alone once the filer has left the company', async () => {
    const { client, profile } = await signedInApplicant('vi');
    await joinBusiness(administrator.client, administrator.businessId, { client, email: profile.email });
    const filer = { ...administrator, client, applicantId: profile.id };
    const submitted = await submittedExport(filer);

    await administrator.client
      .delete(`${BUSINESSES}/${administrator.businessId}/members/${profile.id}`)
      .expect(204);
    const mail = await sentSubmissionNotice(submitted.id);

    expect(addressesOf(mail.to)).toEqual(['lienhe@nongsanducco.vn']);
    expect(mail.cc).toBeUndefined();
    expect(mail.text).toContain('Kính gửi Công ty TNHH Nông sản Đức Cơ,');
  });
});
