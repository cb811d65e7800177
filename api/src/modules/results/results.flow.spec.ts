import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import type { DeclarationView, ResultVerification } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';
import supertest from 'supertest';

import { renderResult } from '../../jobs/render-result/render-result.processor';
import { assignToSelf } from '../../test/declaration-assignment';
import {
  completeDraft,
  signedInApplicant,
  signedInOfficer,
  submittedDeclaration,
  travellerInput,
} from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';

const run = promisify(execFile);

/** Collects a binary response body, which supertest leaves unparsed for application/pdf. */
function binaryParser(response: unknown, callback: (error: Error | null, body: Buffer) => void): void {
  const stream = response as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe('result flow through the API', () => {
  it('approves, issues, downloads and verifies a result', async () => {
    const { config, logger, sequelize, server } = testEnvironment();
    const { client: applicant } = await signedInApplicant();
    const { client: officer } = await signedInOfficer();
    const draft = completeDraft({
      travellers: [travellerInput({ fullName: 'Nguyễn Trọng Thiện'.normalize('NFD') })],
    });
    const submitted = await submittedDeclaration(applicant, draft);
    await assignToSelf(officer, submitted);

    const approval = await officer
      .post(`/api/officer/declarations/${submitted.id}/approve`, { version: submitted.version })
      .expect(200);
    expect((approval.body as DeclarationView).result?.status).toBe('pending');

    const [result] = await sequelize.query<{ id: string; token: string }>(
      `SELECT id, token FROM results WHERE declaration_id = :declarationId`,
      { replacements: { declarationId: submitted.id }, type: QueryTypes.SELECT },
    );
    expect(await renderResult({ config, logger, sequelize }, { resultId: result.id, version: 1 })).toBe(
      'issued',
    );

    const view = await applicant.get(`/api/applicant/declarations/${submitted.id}`).expect(200);
    expect((view.body as DeclarationView).status).toBe('issued');

    const download = await applicant
      .get(`/api/applicant/declarations/${submitted.id}/result.pdf`)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const resultNumber = (view.body as DeclarationView).result?.number ?? '';
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain(`${resultNumber}.pdf`);

    const folder = await mkdtemp(path.join(tmpdir(), 'result-flow-'));
    try {
      await writeFile(path.join(folder, 'result.pdf'), download.body as Buffer);
      const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path.join(folder, 'result.pdf'), '-']);
      expect(stdout).toContain('Nguyễn Trọng Thiện');
      expect(stdout).toContain(resultNumber);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }

    const verification = await supertest(server).get(`/api/public/results/${result.token}`).expect(200);
    expect((verification.body as ResultVerification).resultNumber).toBe(resultNumber);
    expect((verification.body as ResultVerification).maskedName).toBe('N***** T**** T****');
  });

  it("hides another applicant's result PDF", async () => {
    const { config, logger, sequelize } = testEnvironment();
    const { client: owner } = await signedInApplicant();
    const { client: stranger } = await signedInApplicant();
    const { client: officer } = await signedInOfficer();
    const submitted = await submittedDeclaration(owner);
    await assignToSelf(officer, submitted);
    await officer
      .post(`/api/officer/declarations/${submitted.id}/approve`, { version: submitted.version })
      .expect(200);
    const [result] = await sequelize.query<{ id: string }>(
      `SELECT id FROM results WHERE declaration_id = :id`,
      {
        replacements: { id: submitted.id },
        type: QueryTypes.SELECT,
      },
    );
    await renderResult({ config, logger, sequelize }, { resultId: result.id, version: 1 });

    await stranger.get(`/api/applicant/declarations/${submitted.id}/result.pdf`).expect(404);
  });
});
