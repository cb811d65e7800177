import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { ApplicantProfile, DeclarationView } from '@smartgate/shared-models';
import { UnrecoverableError } from 'bullmq';
import { QueryTypes } from 'sequelize';

import { createMailTransport } from '../../modules/notifications/mail-transport';
import {
  REVIEW,
  issuedDeclaration,
  officerWithRole,
  resultRow,
} from '../../modules/review/result-revocation.fixtures';
import { ApiClient } from '../../test/api-client';
import { applicantRegistration } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { SendEmailPayload } from './send-email.job';
import { sendEmail, type SendEmailDependencies } from './send-email.processor';

const REASON = 'Giấy thông hành bị báo mất / Border pass reported lost.';

/** Decodes a quoted-printable body: soft line breaks go, `=XX` becomes the byte XX, and the bytes are UTF-8. */
function decodeQuotedPrintable(encoded: string): string {
  const bytes = encoded
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?Q?...?=`) of an unfolded header value. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_, word: string) =>
      decodeQuotedPrintable(word.replace(/_/g, ' ')),
    );
}

/** Splits an .eml file written by nodemailer into its decoded subject, recipient and text body. */
function parseEml(raw: string): { subject: string; to: string; body: string } {
  const [head, ...rest] = raw.split('\r\n\r\n');
  const headers = head.replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(headers)?.[1] ?? '';
  const body = rest.join('\r\n\r\n');
  const quotedPrintable = /quoted-printable/i.test(header('Content-Transfer-Encoding'));

  return {
    subject: decodeHeader(header('Subject')),
    to: header('To'),
    body: quotedPrintable ? decodeQuotedPrintable(body) : body,
  };
}

describe('sendEmail', () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'sent-mail-'));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  function dependencies(): SendEmailDependencies {
    const { sequelize, logger, config } = testEnvironment();
    const transport = createMailTransport({
      directory: folder,
      from: 'SmartGate <no-reply@smartgate.invalid>',
    });
    return { sequelize, logger, config, transport };
  }

  /** Registers an applicant with a language, issues a result for them and has a supervisor revoke it. */
  async function revokedResultOf(preferredLanguage: 'vi' | 'en') {
    const applicant = await ApiClient.create();
    const registration = applicantRegistration({ preferredLanguage });
    const profile = (await applicant.post('/api/applicant/register', registration).expect(201))
      .body as ApplicantProfile;
    const issued = await issuedDeclaration(applicant);
    const { client: supervisor } = await officerWithRole('supervisor');

    const revoked = await supervisor
      .post(`${REVIEW}/${issued.id}/revoke-result`, { version: issued.version, reason: REASON })
      .expect(200);
    return { profile, view: revoked.body as DeclarationView, resultId: (await resultRow(issued.id)).id };
  }

  async function queuedPayload(resultId: string): Promise<SendEmailPayload> {
    const [row] = await testEnvironment().sequelize.query<{ payload: unknown }>(
      `SELECT payload FROM outbox
       WHERE job_name = 'send-email' AND payload->>'notice' = 'result-revoked' AND payload->>'resultId' = :resultId`,
      { replacements: { resultId }, type: QueryTypes.SELECT },
    );
    return SendEmailPayload.parse(row.payload);
  }

  async function writtenMails(): Promise<string[]> {
    const files = (await readdir(folder)).filter((file) => file.endsWith('.eml'));
    return Promise.all(files.map((file) => readFile(path.join(folder, file), 'utf8')));
  }

  it('writes one Vietnamese notice with the number and reason', async () => {
    const { profile, view, resultId } = await revokedResultOf('vi');

    const outcome = await sendEmail(dependencies(), await queuedPayload(resultId));

    const mails = await writtenMails();
    expect(outcome.outcome).toBe('sent');
    expect(mails.length).toBe(1);
    const mail = parseEml(mails[0]);
    expect(mail.to).toBe(profile.email);
    expect(mail.subject).toBe(`Kết quả khai báo ${view.result?.number} đã bị thu hồi`);
    expect(mail.body).toContain(`Kính gửi ${profile.fullName},`);
    expect(mail.body).toContain(view.result?.number);
    expect(mail.body).toContain(`Lý do: ${REASON}`);
    expect(mail.body).toContain(`http://localhost:4200/declarations/${view.id}`);
  });

  it('writes the notice in English for an English-speaking applicant', async () => {
    const { view, resultId } = await revokedResultOf('en');

    await sendEmail(dependencies(), await queuedPayload(resultId));

    const [mail] = (await writtenMails()).map(parseEml);
    expect(mail.subject).toBe(`Your border crossing result ${view.result?.number} has been revoked`);
    expect(mail.body).toContain(`Reason: ${REASON}`);
    expect(mail.body).not.toContain('Lý do');
  });

  it('sends nothing when the job runs again', async () => {
    const { resultId } = await revokedResultOf('vi');
    const payload = await queuedPayload(resultId);
    await sendEmail(dependencies(), payload);

    const second = await sendEmail(dependencies(), payload);

    expect(second.outcome).toBe('skipped');
    expect((await writtenMails()).length).toBe(1);
  });

  it('fails for good on a result that is not revoked', async () => {
    const payload = { notice: 'result-revoked' as const, resultId: '00000000-0000-4000-8000-000000000000' };

    await expectAsync(sendEmail(dependencies(), payload)).toBeRejectedWithError(UnrecoverableError);
    expect(await writtenMails()).toEqual([]);
  });
});
