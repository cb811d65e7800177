import { ProblemType, type DeclarationStatusAnswer, type DeclarationView } from '@smartgate/shared-models';
import express from 'express';
import { QueryTypes } from 'sequelize';
import supertest from 'supertest';

import { parseJsonBody } from '../../lib/json-body';
import { problemHandler } from '../../lib/problem-handler';
import { ApiClient } from '../../test/api-client';
import { assignToSelf } from '../../test/declaration-assignment';
import {
  completeDraft,
  signedInApplicant,
  signedInOfficer,
  submittedDeclaration,
  travellerInput,
} from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { issuedDeclaration, officerWithRole, REVIEW } from '../review/result-revocation.fixtures';
import { FAILED_LOOKUPS_PER_WINDOW, createStatusLookupRouter } from './status-lookup.routes';

const PATH = '/api/public/declaration-status';
const LEAD_BIRTH = '1979-11-02';
const COMPANION_BIRTH = '2004-06-15';

/** Builds an app with this router alone, so its rate limit counts only one spec's requests. */
function lookupApp() {
  const { config, logger, sequelize } = testEnvironment();
  return express()
    .use(parseJsonBody())
    .use(PATH, createStatusLookupRouter({ config, logger, sequelize }))
    .use(problemHandler);
}

/** Submits a declaration of a lead traveller and a companion with known, distinct dates of birth. */
async function submittedPair(applicant?: ApiClient): Promise<DeclarationView> {
  const client = applicant ?? (await signedInApplicant()).client;
  const draft = completeDraft({
    travellers: [
      travellerInput({ fullName: 'Nguyễn Trọng Thiện', documentNumber: 'N9876543', dateOfBirth: LEAD_BIRTH }),
      travellerInput({ fullName: 'Lê Thị Mỵ', documentNumber: 'C7654321', dateOfBirth: COMPANION_BIRTH }),
    ],
  });
  return submittedDeclaration(client, draft);
}

async function lookupCounts(): Promise<Record<string, number>> {
  const rows = await testEnvironment().sequelize.query<{ outcome: string; count: number }>(
    `SELECT outcome, count(*)::int AS count FROM declaration_status_lookups GROUP BY outcome`,
    { type: QueryTypes.SELECT },
  );
  return Object.fromEntries(rows.map((row) => [row.outcome, row.count]));
}

describe('POST /api/public/declaration-status', () => {
  it('returns the status for the right code and date of birth', async () => {
    const submitted = await submittedPair();

    const response = await supertest(lookupApp())
      .post(PATH)
      .send({ referenceCode: submitted.referenceCode, leadDateOfBirth: LEAD_BIRTH })
      .expect(200);

    const answer = response.body as DeclarationStatusAnswer;
    expect(answer.status).toBe('submitted');
    expect(answer.referenceCode).toBe(submitted.referenceCode ?? '');
    expect(answer.gate.code).toBe('LT');
    expect(answer.gate.nameKm).toBe('ច្រកព្រំដែនអន្តរជាតិឡេថាញ់');
    expect(answer.direction).toBe('exit');
    expect(answer.plannedCrossingDate).toBe(submitted.data.plannedCrossingDate ?? '');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('reveals no name, document or date of birth', async () => {
    const submitted = await submittedPair();

    const response = await supertest(lookupApp())
      .post(PATH)
      .send({ referenceCode: submitted.referenceCode, leadDateOfBirth: LEAD_BIRTH })
      .expect(200);

    expect(Object.keys(response.body as object).sort()).toEqual([
      'direction',
      'gate',
      'plannedCrossingDate',
      'referenceCode',
      'status',
    ]);
    for (const personal of ['Thiện', 'Thien', 'Mỵ', 'N9876543', 'C7654321', LEAD_BIRTH, COMPANION_BIRTH]) {
      expect(response.text).not.toContain(personal);
    }
  });

  it('accepts the code in lower case without dashes', async () => {
    const submitted = await submittedPair();
    const typed = (submitted.referenceCode ?? '').toLowerCase().replaceAll('-', ' ');

    const response = await supertest(lookupApp())
      .post(PATH)
      .send({ referenceCode: typed, leadDateOfBirth: LEAD_BIRTH })
      .expect(200);

    expect((response.body as DeclarationStatusAnswer).referenceCode).toBe(submitted.referenceCode ?? '');
  });

  it('answers a wrong date of birth like an unknown code', async () => {
    const submitted = await submittedPair();
    const app = lookupApp();

    const wrongBirth = await supertest(app)
      .post(PATH)
      .set('Accept-Language', 'en')
      .send({ referenceCode: submitted.referenceCode, leadDateOfBirth: '1979-11-03' })
      .expect(404);
    const companionBirth = await supertest(app)
      .post(PATH)
      .set('Accept-Language', 'en')
      .send({ referenceCode: submitted.referenceCode, leadDateOfBirth: COMPANION_BIRTH })
      .expect(404);
    const unknownCode = await supertest(app)
      .post(PATH)
      .set('Accept-Language', 'en')
      .send({ referenceCode: 'LT-0000-0000', leadDateOfBirth: LEAD_BIRTH })
      .expect(404);

    expect(wrongBirth.body).toEqual(unknownCode.body);
    expect(companionBirth.body).toEqual(unknownCode.body);
    expect(unknownCode.body.type).toBe(`/api/problems/${ProblemType.notFound}`);
    expect(unknownCode.body.detail).toBe(
      'No declaration matches this reference code and date of birth. Please check both and try again.',
    );
    expect(wrongBirth.headers['content-type']).toBe(unknownCode.headers['content-type']);
  });

  it('reports a decision and a revoked result', async () => {
    const { client: applicant } = await signedInApplicant();
    const { client: officer } = await signedInOfficer();
    const rejected = await submittedPair(applicant);
    await assignToSelf(officer, rejected);
    await officer
      .post(`${REVIEW}/${rejected.id}/reject`, { version: rejected.version, reason: 'Hộ chiếu đã hết hạn.' })
      .expect(200);
    const issued = await issuedDeclaration(applicant);
    const { client: supervisor } = await officerWithRole('supervisor');
    await supervisor
      .post(`${REVIEW}/${issued.id}/revoke-result`, { version: issued.version, reason: 'Báo mất.' })
      .expect(200);
    const app = lookupApp();

    const rejectedAnswer = await supertest(app)
      .post(PATH)
      .send({ referenceCode: rejected.referenceCode, leadDateOfBirth: LEAD_BIRTH })
      .expect(200);
    const revokedAnswer = await supertest(app)
      .post(PATH)
      .send({ referenceCode: issued.referenceCode, leadDateOfBirth: travellerInput().dateOfBirth })
      .expect(200);

    expect((rejectedAnswer.body as DeclarationStatusAnswer).status).toBe('rejected');
    expect(rejectedAnswer.text).not.toContain('Hộ chiếu đã hết hạn.');
    expect((revokedAnswer.body as DeclarationStatusAnswer).status).toBe('result_revoked');
    expect(revokedAnswer.text).not.toContain('Báo mất.');
  });

  it('names each invalid field in the request language', async () => {
    const response = await supertest(lookupApp())
      .post(PATH)
      .set('Accept-Language', 'km')
      .send({ referenceCode: 'LT-12', leadDateOfBirth: '31/12/1990' })
      .expect(400);

    const errors = response.body.errors as { path: string; code: string; message: string }[];
    expect(errors.map((error) => [error.path, error.code])).toEqual([
      ['referenceCode', 'invalidReferenceCode'],
      ['leadDateOfBirth', 'invalidDate'],
    ]);
    expect(errors[0].message).toContain('លេខយោង');
    expect(errors[1].message).toContain('ថ្ងៃខែឆ្នាំកំណើតរបស់អ្នកធ្វើដំណើរចម្បង');
  });

  it('counts every lookup by outcome only', async () => {
    const submitted = await submittedPair();
    const before = await lookupCounts();
    const app = lookupApp();

    await supertest(app)
      .post(PATH)
      .send({ referenceCode: submitted.referenceCode, leadDateOfBirth: LEAD_BIRTH })
      .expect(200);
    await supertest(app)
      .post(PATH)
      .send({ referenceCode: submitted.referenceCode, leadDateOfBirth: COMPANION_BIRTH })
      .expect(404);

    const after = await lookupCounts();
    expect((after['found'] ?? 0) - (before['found'] ?? 0)).toBe(1);
    expect((after['not_found'] ?? 0) - (before['not_found'] ?? 0)).toBe(1);
    const [columns] = await testEnvironment().sequelize.query(
      `SELECT * FROM declaration_status_lookups ORDER BY id DESC LIMIT 1`,
      { type: QueryTypes.SELECT },
    );
    expect(Object.keys(columns as object).sort()).toEqual(['id', 'looked_up_at', 'outcome']);
  });

  it(`limits failed lookups to ${FAILED_LOOKUPS_PER_WINDOW} per address`, async () => {
    const submitted = await submittedPair();
    const app = lookupApp();
    const wrong = { referenceCode: 'LT-0000-0000', leadDateOfBirth: LEAD_BIRTH };

    for (let attempt = 0; attempt < FAILED_LOOKUPS_PER_WINDOW; attempt++) {
      await supertest(app).post(PATH).send(wrong).expect(404);
    }
    const limited = await supertest(app).post(PATH).set('Accept-Language', 'vi').send(wrong).expect(429);
    const rightButLimited = await supertest(app)
      .post(PATH)
      .set('Accept-Language', 'km')
      .send({ referenceCode: submitted.referenceCode, leadDateOfBirth: LEAD_BIRTH })
      .expect(429);

    expect(limited.body.type).toBe(`/api/problems/${ProblemType.tooManyRequests}`);
    expect(limited.body.detail).toContain('Vui lòng đợi 15 phút');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(rightButLimited.body.detail).toContain('សូមរង់ចាំ 15 នាទី');
  });

  it('does not count successful lookups toward the limit', async () => {
    const submitted = await submittedPair();
    const app = lookupApp();
    const right = { referenceCode: submitted.referenceCode, leadDateOfBirth: LEAD_BIRTH };

    for (let attempt = 0; attempt < FAILED_LOOKUPS_PER_WINDOW + 2; attempt++) {
      await supertest(app).post(PATH).send(right).expect(200);
    }
  });

  it('is served by the app without a session', async () => {
    const submitted = await submittedPair();
    const anonymous = await ApiClient.create({ language: 'en' });

    const response = await anonymous
      .post(PATH, { referenceCode: submitted.referenceCode, leadDateOfBirth: LEAD_BIRTH })
      .expect(200);

    expect((response.body as DeclarationStatusAnswer).status).toBe('submitted');
  });
});
