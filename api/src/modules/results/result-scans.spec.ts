import express from 'express';
import { QueryTypes } from 'sequelize';
import supertest from 'supertest';

import { problemHandler } from '../../lib/problem-handler';
import { testEnvironment } from '../../test/test-environment';
import { approvedDeclaration } from './results-fixtures';
import { createPublicResultsRouter } from './results.routes';

interface ScanRow {
  resultId: string | null;
  outcome: string;
  clientIp: string | null;
}

function verificationApp() {
  const { config, logger, sequelize } = testEnvironment();
  return express()
    .use('/api/public/results', createPublicResultsRouter({ config, logger, sequelize }))
    .use(problemHandler);
}

async function scansOf(resultId: string | null, since: Date): Promise<ScanRow[]> {
  return testEnvironment().sequelize.query<ScanRow>(
    `SELECT result_id AS "resultId", outcome, client_ip AS "clientIp"
     FROM result_scans
     WHERE result_id IS NOT DISTINCT FROM :resultId AND scanned_at >= :since
     ORDER BY id`,
    { replacements: { resultId, since }, type: QueryTypes.SELECT },
  );
}

describe('result scan log', () => {
  it('records each verification with its outcome', async () => {
    const since = new Date(Date.now() - 1000);
    const { resultId } = await approvedDeclaration(testEnvironment().sequelize);
    const [{ token }] = await testEnvironment().sequelize.query<{ token: string }>(
      `SELECT token FROM results WHERE id = :resultId`,
      { replacements: { resultId }, type: QueryTypes.SELECT },
    );

    await supertest(verificationApp()).get(`/api/public/results/${token}`).expect(200);
    await supertest(verificationApp()).get(`/api/public/results/${token}`).expect(200);

    const scans = await scansOf(resultId, since);
    expect(scans.length).toBe(2);
    expect(scans[0].outcome).toBe('pending');
    expect(scans[0].clientIp).toBeTruthy();
  });

  it('records a lookup of an unknown token', async () => {
    const since = new Date(Date.now() - 1000);

    await supertest(verificationApp())
      .get(`/api/public/results/${'C'.repeat(43)}`)
      .expect(404);

    const scans = await scansOf(null, since);
    expect(scans.some((scan) => scan.outcome === 'unknown')).toBeTrue();
  });

  it('rejects edits of recorded scans', async () => {
    await supertest(verificationApp())
      .get(`/api/public/results/${'D'.repeat(43)}`)
      .expect(404);

    await expectAsync(
      testEnvironment().sequelize.query(`UPDATE result_scans SET outcome = 'valid'`),
    ).toBeRejectedWithError(/append-only/);
    await expectAsync(testEnvironment().sequelize.query(`DELETE FROM result_scans`)).toBeRejectedWithError(
      /append-only/,
    );
  });
});
