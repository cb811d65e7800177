import { writeFile } from 'node:fs/promises';

import type { ApplicantProfile, DeclarationView, Language } from '@smartgate/shared-models';
import { UnrecoverableError } from 'bullmq';
import type { ParsedMail } from 'mailparser';
import { QueryTypes } from 'sequelize';

import { resolveStoredPath } from '../../modules/results/result-storage';
import { REVIEW, resultRow } from '../../modules/review/result-revocation.fixtures';
import { ApiClient } from '../../test/api-client';
import { assignToSelf } from '../../test/declaration-assignment';
import { applicantRegistration, signedInOfficer, submittedDeclaration } from '../../test/factories';
import { MailFolder } from '../../test/mail-folder';
import { testEnvironment } from '../../test/test-environment';
import { renderResult } from '../render-result/render-result.processor';
import { SendEmailPayload, type NoticeKind } from './send-email.job';
import { sendEmail, type SendEmailDependencies } from './send-email.processor';

const LANGUAGES: Language[] = ['vi', 'en', 'km'];

/** Words that only the greeting of each language contains. */
const GREETINGS: Record<Language, string> = { vi: 'Kính gửi', en: 'Dear', km: 'ជូនចំពោះ' };

const REJECTION_REASON = 'Giấy thông hành đã hết hạn / The border pass has expired.';

/** Registers and signs in an applicant who reads the given language. */
async function applicantReading(
  language: Language,
): Promise<{ client: ApiClient; profile: ApplicantProfile }> {
  const client = await ApiClient.create();
  const response = await client
    .post('/api/applicant/register', applicantRegistration({ preferredLanguage: language }))
    .expect(201);
  return { client, profile: response.body as ApplicantProfile };
}

/** Returns the queued payloads of one notice kind about a declaration or its result, oldest first. */
async function queuedNotices(notice: NoticeKind, recordId: string): Promise<SendEmailPayload[]> {
  const rows = await testEnvironment().sequelize.query<{ payload: unknown }>(
    `SELECT payload FROM outbox
     WHERE job_name = 'send-email' AND payload->>'notice' = :notice
       AND (payload->>'declarationId' = :recordId OR payload->>'resultId' = :recordId)
     ORDER BY id`,
    { replacements: { notice, recordId }, type: QueryTypes.SELECT },
  );
  return rows.map((row) => SendEmailPayload.parse(row.payload));
}

async function onlyNotice(notice: NoticeKind, recordId: string): Promise<SendEmailPayload> {
  const payloads = await queuedNotices(notice, recordId);
  expect(payloads.length).withContext(`${notice} notices of ${recordId}`).toBe(1);
  return payloads[0];
}

/** Approves a submitted declaration and runs the render job, as the worker would. */
async function approveAndRender(officer: ApiClient, submitted: DeclarationView): Promise<string> {
  const { config, logger, sequelize } = testEnvironment();
  await assignToSelf(officer, submitted);
  await officer.post(`${REVIEW}/${submitted.id}/approve`, { version: submitted.version }).expect(200);

  const result = await resultRow(submitted.id);
  expect(await renderResult({ config, logger, sequelize }, { resultId: result.id, version: 1 })).toBe(
    'issued',
  );
  return result.id;
}

function textOf(mail: ParsedMail): string {
  return mail.text ?? '';
}

describe('e-mail notices', () => {
  let folder: MailFolder;

  beforeEach(async () => {
    folder = await MailFolder.create();
  });

  afterEach(async () => {
    await folder.remove();
  });

  function dependencies(): SendEmailDependencies {
    const { sequelize, logger, config } = testEnvironment();
    return { sequelize, logger, config, transport: folder.transport() };
  }

  for (const language of LANGUAGES) {
    it(`confirms a submission in ${language} with the reference code`, async () => {
      const { client, profile } = await applicantReading(language);
      const submitted = await submittedDeclaration(client);
      const code = submitted.referenceCode ?? '';

      await sendEmail(dependencies(), await onlyNotice('declaration-submitted', submitted.id));

      const [mail] = await folder.messages();
      const recipient = mail.to && !Array.isArray(mail.to) ? mail.to.text : undefined;
      expect(recipient).toBe(profile.email);
      expect(mail.subject).toContain(code);
      expect(textOf(mail)).toContain(`${GREETINGS[language]} ${profile.fullName}`);
      expect(textOf(mail)).toContain(code);
      expect(textOf(mail)).toContain(`http://localhost:4200/declarations/${submitted.id}`);
      expect(textOf(mail)).toContain('http://localhost:4200/status');
      for (const other of LANGUAGES.filter((candidate) => candidate !== language)) {
        expect(textOf(mail)).not.toContain(GREETINGS[other]);
      }
    });
  }

  it('writes the submission subject in each language', async () => {
    const subjects: string[] = [];
    for (const language of LANGUAGES) {
      const { client } = await applicantReading(language);
      const submitted = await submittedDeclaration(client);
      await sendEmail(dependencies(), await onlyNotice('declaration-submitted', submitted.id));
      subjects.push(
        `${(await folder.messages()).at(-1)?.subject}`.replace(submitted.referenceCode ?? '', 'CODE'),
      );
    }

    expect(subjects).toEqual([
      'Đã nhận tờ khai qua cửa khẩu – mã tham chiếu CODE',
      'Crossing declaration received – reference CODE',
      'បានទទួលសេចក្តីប្រកាសឆ្លងព្រំដែន – លេខយោង CODE',
    ]);
  });

  it('lists the officer comments when changes are requested', async () => {
    const { client } = await applicantReading('km');
    const { client: officer } = await signedInOfficer();
    const submitted = await submittedDeclaration(client);
    await assignToSelf(officer, submitted);
    await officer
      .post(`${REVIEW}/${submitted.id}/request-changes`, {
        version: submitted.version,
        comment: 'Vui lòng chụp lại ảnh chân dung.',
        fieldComments: [
          { field: 'travellers.0.documentNumber', comment: 'Số hộ chiếu bị thiếu một chữ số.' },
        ],
      })
      .expect(200);

    await sendEmail(dependencies(), await onlyNotice('changes-requested', submitted.id));

    const [mail] = await folder.messages();
    expect(mail.subject).toBe(`សេចក្តីប្រកាស ${submitted.referenceCode} ត្រូវការកែប្រែ`);
    expect(textOf(mail)).toContain('មតិរបស់មន្ត្រី៖\nVui lòng chụp lại ảnh chân dung.');
    expect(textOf(mail)).toContain('- អ្នកធ្វើដំណើរចម្បង – លេខឯកសារ: Số hộ chiếu bị thiếu một chữ số.');
    expect(textOf(mail)).toContain(`http://localhost:4200/declarations/${submitted.id}`);
  });

  it('sends one notice per round of changes', async () => {
    const { client } = await applicantReading('en');
    const { client: officer } = await signedInOfficer();
    let declaration = await submittedDeclaration(client);
    // The hold stays with the officer while the applicant changes the declaration.
    await assignToSelf(officer, declaration);

    for (const comment of ['First round.', 'Second round.']) {
      const sentBack = await officer
        .post(`${REVIEW}/${declaration.id}/request-changes`, { version: declaration.version, comment })
        .expect(200);
      const edited = await client
        .put(`/api/applicant/declarations/${declaration.id}`, {
          version: (sentBack.body as DeclarationView).version,
          data: declaration.data,
        })
        .expect(200);
      declaration = (
        await client
          .post(`/api/applicant/declarations/${declaration.id}/submit`, { version: edited.body.version })
          .expect(200)
      ).body as DeclarationView;
    }

    const payloads = await queuedNotices('changes-requested', declaration.id);
    const submissions = await queuedNotices('declaration-submitted', declaration.id);
    expect(payloads.length).toBe(2);
    expect(submissions.length).toBe(3);
    await sendEmail(dependencies(), submissions[2]);
    const [resubmitted] = await folder.messages();
    expect(textOf(resubmitted)).toContain('Your changed declaration was submitted again');
    expect(resubmitted.subject).toContain(declaration.referenceCode ?? '');
  });

  for (const language of LANGUAGES) {
    it(`gives the rejection reason in ${language}`, async () => {
      const { client } = await applicantReading(language);
      const { client: officer } = await signedInOfficer();
      const submitted = await submittedDeclaration(client);
      await assignToSelf(officer, submitted);
      await officer
        .post(`${REVIEW}/${submitted.id}/reject`, { version: submitted.version, reason: REJECTION_REASON })
        .expect(200);

      await sendEmail(dependencies(), await onlyNotice('declaration-rejected', submitted.id));

      const [mail] = await folder.messages();
      const reasonLabel = { vi: 'Lý do:', en: 'Reason:', km: 'មូលហេតុ៖' }[language];
      expect(textOf(mail)).toContain(`${reasonLabel} ${REJECTION_REASON}`);
      expect(textOf(mail)).toContain(GREETINGS[language]);
      expect(mail.subject).toContain(submitted.referenceCode ?? '');
    });
  }

  for (const language of LANGUAGES) {
    it(`attaches the result PDF on approval in ${language}`, async () => {
      const { client } = await applicantReading(language);
      const { client: officer } = await signedInOfficer();
      const submitted = await submittedDeclaration(client);
      const resultId = await approveAndRender(officer, submitted);
      const view = (await client.get(`/api/applicant/declarations/${submitted.id}`).expect(200))
        .body as DeclarationView;

      const outcome = await sendEmail(dependencies(), await onlyNotice('result-issued', resultId));

      expect(outcome.outcome).toBe('sent');
      const [mail] = await folder.messages();
      expect(mail.subject).toContain(view.result?.number ?? 'no result number');
      expect(textOf(mail)).toContain(GREETINGS[language]);
      expect(textOf(mail)).toContain(`http://localhost:4200/declarations/${submitted.id}`);
      expect(mail.attachments.length).toBe(1);
      const [pdf] = mail.attachments;
      expect(pdf.filename).toBe(`${view.result?.number}.pdf`);
      expect(pdf.contentType).toBe('application/pdf');
      expect(pdf.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });
  }

  it('sends the approval once when the jobs run again', async () => {
    const { config, logger, sequelize } = testEnvironment();
    const { client } = await applicantReading('vi');
    const { client: officer } = await signedInOfficer();
    const submitted = await submittedDeclaration(client);
    const resultId = await approveAndRender(officer, submitted);

    // A retried render finds the result issued and queues nothing new.
    expect(await renderResult({ config, logger, sequelize }, { resultId, version: 1 })).toBe('skipped');
    const payload = await onlyNotice('result-issued', resultId);
    const first = await sendEmail(dependencies(), payload);
    const second = await sendEmail(dependencies(), payload);

    expect(first.outcome).toBe('sent');
    expect(second.outcome).toBe('skipped');
    expect((await folder.messages()).length).toBe(1);
  });

  it('refuses to attach a PDF that fails its checksum', async () => {
    const { client } = await applicantReading('en');
    const { client: officer } = await signedInOfficer();
    const submitted = await submittedDeclaration(client);
    const resultId = await approveAndRender(officer, submitted);
    const [stored] = await testEnvironment().sequelize.query<{ pdfPath: string }>(
      `SELECT pdf_path AS "pdfPath" FROM results WHERE id = :resultId`,
      { replacements: { resultId }, type: QueryTypes.SELECT },
    );
    await writeFile(resolveStoredPath(testEnvironment().config.dataDir, stored.pdfPath), '%PDF-1.7 replaced');

    const attempt = sendEmail(dependencies(), await onlyNotice('result-issued', resultId));

    await expectAsync(attempt).toBeRejectedWithError(
      UnrecoverableError,
      /does not match its recorded SHA-256/,
    );
    expect(await folder.messages()).toEqual([]);
  });

  it('fails for good on a declaration that was never submitted', async () => {
    const payload: SendEmailPayload = {
      notice: 'declaration-submitted',
      declarationId: '00000000-0000-4000-8000-000000000000',
      version: 2,
    };

    await expectAsync(sendEmail(dependencies(), payload)).toBeRejectedWithError(UnrecoverableError);
    expect(await folder.messages()).toEqual([]);
  });
});
