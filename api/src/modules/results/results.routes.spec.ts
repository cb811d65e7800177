import { ProblemType, todayInTimeZone, type ResultVerification } from '@smartgate/shared-models';
import express from 'express';
import { QueryTypes } from 'sequelize';
import supertest from 'supertest';

import { problemHandler } from '../../lib/problem-handler';
import { testEnvironment } from '../../test/test-environment';
import { addDays } from './result-rules';
import { approvedDeclaration, travellerRow } from './results-fixtures';
import { createPublicResultsRouter } from './results.routes';

/** Builds an app with this router alone, so its rate limit counts only this spec's requests. */
function verificationApp() {
  const { config, logger, sequelize } = testEnvironment();
  return express()
    .use('/api/public/results', createPublicResultsRouter({ config, logger, sequelize }))
    .use(problemHandler);
}

async function tokenOf(resultId: string): Promise<string> {
  const [row] = await testEnvironment().sequelize.query<{ token: string }>(
    `SELECT token FROM results WHERE id = :resultId`,
    { replacements: { resultId }, type: QueryTypes.SELECT },
  );
  return row.token;
}

/** Sets a result's status and validity window the way the worker or an officer would leave them. */
async function setResult(
  resultId: string,
  status: string,
  validFrom: string,
  validUntil: string,
): Promise<void> {
  await testEnvironment().sequelize.query(
    `UPDATE results
     SET status = :status, valid_from = :validFrom, valid_until = :validUntil,
         pdf_path = CASE WHEN :status = 'pending' THEN NULL ELSE 'results/spec.pdf' END,
         issued_at = CASE WHEN :status = 'pending' THEN NULL ELSE now() END,
         revoked_at = CASE WHEN :status = 'revoked' THEN now() END,
         revoked_by = CASE WHEN :status = 'revoked' THEN officer_id END,
         revocation_reason = CASE WHEN :status = 'revoked' THEN 'Spec revocation' END
     WHERE id = :resultId`,
    { replacements: { resultId, status, validFrom, validUntil } },
  );
}

describe('GET /api/public/results/:token', () => {
  const today = todayInTimeZone('Asia/Ho_Chi_Minh');
  const cases: [string, string, string, string, ResultVerification['status']][] = [
    ['issued, inside its window', 'issued', addDays(today, -1), addDays(today, 1), 'valid'],
    ['issued, starting tomorrow', 'issued', addDays(today, 1), addDays(today, 3), 'not_yet_valid'],
    ['issued, ended yesterday', 'issued', addDays(today, -3), addDays(today, -1), 'expired'],
    ['not rendered yet', 'pending', today, addDays(today, 2), 'pending'],
    ['revoked', 'revoked', today, addDays(today, 2), 'revoked'],
  ];

  for (const [name, status, validFrom, validUntil, expected] of cases) {
    it(`reports ${expected} for a result ${name}`, async () => {
      const { resultId } = await approvedDeclaration(testEnvironment().sequelize);
      await setResult(resultId, status, validFrom, validUntil);

      const response = await supertest(verificationApp())
        .get(`/api/public/results/${await tokenOf(resultId)}`)
        .expect(200);

      const body = response.body as ResultVerification;
      expect(body.status).toBe(expected);
      expect(body.validFrom).toBe(validFrom);
      expect(body.validUntil).toBe(validUntil);
    });
  }

  it('masks the lead traveller and shows no personal data', async () => {
    const travellers = [
      travellerRow({ fullName: 'Nguyễn Trọng Thiện', documentNumber: 'N9876543', dateOfBirth: '1979-11-02' }),
      travellerRow({ fullName: 'Lê Thị Mỵ' }),
    ];
    const { resultId } = await approvedDeclaration(testEnvironment().sequelize, { travellers });

    const response = await supertest(verificationApp())
      .get(`/api/public/results/${await tokenOf(resultId)}`)
      .expect(200);

    const body = response.body as ResultVerification;
    expect(body.maskedName).toBe('N***** T**** T****');
    expect(body.travellerCount).toBe(2);
    expect(body.gate.code).toBe('LT');
    expect(body.direction).toBe('exit');
    expect(body.resultNumber).toMatch(/^LT-\d{4}-\d{6}$/);
    expect(response.text).not.toContain('Thiện');
    expect(response.text).not.toContain('N9876543');
    expect(response.text).not.toContain('1979-11-02');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('returns 404 for an unknown token', async () => {
    const response = await supertest(verificationApp())
      .get(`/api/public/results/${'A'.repeat(43)}`)
      .set('Accept-Language', 'en')
      .expect(404);

    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.type).toBe(`/api/problems/${ProblemType.notFound}`);
  });

  it('returns 404 for a malformed token', async () => {
    const response = await supertest(verificationApp()).get('/api/public/results/short%20token').expect(404);

    expect(response.body.type).toBe(`/api/problems/${ProblemType.notFound}`);
  });

  it('limits lookups to 30 a minute per address', async () => {
    const app = verificationApp();
    const token = 'B'.repeat(43);

    for (let request = 0; request < 30; request++) {
      await supertest(app).get(`/api/public/results/${token}`).expect(404);
    }
    const limited = await supertest(app).get(`/api/public/results/${token}`).expect(429);

    expect(limited.body.type).toBe(`/api/problems/${ProblemType.tooManyRequests}`);
  });
});
