import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import type { DeclarationView } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { renderResult } from '../../jobs/render-result/render-result.processor';
import { completeDraft, createOfficer, signedInApplicant, travellerInput } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { approve } from '../results/results-fixtures';
import { twoToneJpeg, uploadPhoto } from './photo-fixtures';

const run = promisify(execFile);

const DECLARATIONS = '/api/applicant/declarations';

/** Submits a declaration of two travellers through the API, with a photo for the companion only. */
async function submittedWithCompanionPhoto(): Promise<DeclarationView> {
  const { client } = await signedInApplicant();
  const draft = completeDraft({
    travellers: [travellerInput(), travellerInput({ fullName: 'Lê Thị Hoa', documentNumber: 'B7654321' })],
  });
  const created = (await client.post(DECLARATIONS, draft).expect(201)).body as DeclarationView;
  await uploadPhoto(client, created.id, 1, await twoToneJpeg()).expect(200);

  const submitted = await client
    .post(`${DECLARATIONS}/${created.id}/submit`, { version: created.version })
    .expect(200);
  return submitted.body as DeclarationView;
}

async function storedPdfPath(resultId: string): Promise<string> {
  const [row] = await testEnvironment().sequelize.query<{ pdfPath: string }>(
    `SELECT pdf_path AS "pdfPath" FROM results WHERE id = :resultId`,
    { replacements: { resultId }, type: QueryTypes.SELECT },
  );
  return path.join(testEnvironment().config.dataDir, row.pdfPath);
}

describe('result PDF with traveller photos', () => {
  it('prints the uploaded photo as an image', async () => {
    const { sequelize, logger, config } = testEnvironment();
    const submitted = await submittedWithCompanionPhoto();
    const officer = await createOfficer();
    const approved = await approve(sequelize, {
      declarationId: submitted.id,
      officerId: officer.id,
      plannedCrossingDate: submitted.data.plannedCrossingDate ?? '',
    });

    const outcome = await renderResult(
      { sequelize, logger, config },
      { resultId: approved.resultId, version: 1 },
    );

    expect(outcome).toBe('issued');
    const { stdout } = await run('pdfimages', ['-list', await storedPdfPath(approved.resultId)]);
    const images = stdout.trim().split('\n').slice(2);
    expect(images.length).toBe(1);
    expect(images[0].trim().split(/\s+/).slice(2, 5)).toEqual(['image', '600', '800']);
  });

  it('keeps the render payload free of the image', async () => {
    const { sequelize } = testEnvironment();
    const submitted = await submittedWithCompanionPhoto();
    const officer = await createOfficer();
    const approved = await approve(sequelize, {
      declarationId: submitted.id,
      officerId: officer.id,
      plannedCrossingDate: submitted.data.plannedCrossingDate ?? '',
    });

    const rows = await sequelize.query<{ payload: unknown }>(
      `SELECT payload FROM outbox WHERE payload->>'resultId' = :resultId`,
      { replacements: { resultId: approved.resultId }, type: QueryTypes.SELECT },
    );

    expect(rows.length).toBe(1);
    expect(Object.keys(rows[0].payload as object).sort()).toEqual(['resultId', 'version']);
  });
});
