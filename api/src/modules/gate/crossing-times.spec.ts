import type { CrossingTimesRow } from '@smartgate/shared-models';

import { daysFromToday } from '../../test/dates';
import { testEnvironment } from '../../test/test-environment';
import { GATE, crossingBody, deskOfficer, issuedRecord } from './gate-fixtures';

describe('GET /api/officer/gate/crossing-times', () => {
  it('reports the median and 95th percentile per lane and day', async () => {
    const { client } = await deskOfficer('supervisor');
    await testEnvironment().sequelize.query(
      `INSERT INTO gate_lanes (gate_code, code, name_vi, name_en) VALUES ('LT', 'P95', 'Làn đo', 'Timing lane')`,
    );
    const secondsAgo = [10, 20, 30, 40, 100];
    for (const seconds of secondsAgo) {
      const record = await issuedRecord();
      const scannedAt = new Date(Date.now() - seconds * 1_000).toISOString();
      await client
        .post(`${GATE}/crossings`, crossingBody(record.declarationId, { laneCode: 'P95', scannedAt }))
        .expect(201);
    }

    const response = await client
      .get(`${GATE}/crossing-times?gateCode=LT&from=${daysFromToday(-1)}&until=${daysFromToday(0)}`)
      .expect(200);

    const row = (response.body as CrossingTimesRow[]).find((candidate) => candidate.laneCode === 'P95')!;
    expect(row.day).toBe(daysFromToday(0));
    expect(row.scans).toBe(5);
    expect(row.travellers).toBe(5);
    // percentile_cont interpolates: the median of 10, 20, 30, 40 and 100 s is 30 s, the 95th percentile 88 s.
    expect(row.medianMs).toBeGreaterThanOrEqual(30_000);
    expect(row.medianMs).toBeLessThan(33_000);
    expect(row.p95Ms).toBeGreaterThanOrEqual(88_000);
    expect(row.p95Ms).toBeLessThan(91_000);
  });

  it('rejects a range over 92 days', async () => {
    const { client } = await deskOfficer('supervisor');

    const response = await client
      .get(`${GATE}/crossing-times?gateCode=LT&from=${daysFromToday(-100)}&until=${daysFromToday(0)}`)
      .expect(400);

    expect(response.body.errors[0].path).toBe('until');
  });

  it('is for supervisors only', async () => {
    const { client } = await deskOfficer('gate_officer');

    await client
      .get(`${GATE}/crossing-times?gateCode=LT&from=${daysFromToday(0)}&until=${daysFromToday(0)}`)
      .expect(403);
  });
});
