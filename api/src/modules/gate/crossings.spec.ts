import type { GateLookupView, ResultVerification } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { ApiClient } from '../../test/api-client';
import { daysFromToday } from '../../test/dates';
import { testEnvironment } from '../../test/test-environment';
import { travellerRow } from '../results/results-fixtures';
import { GATE, crossingBody, deskOfficer, issuedRecord, lookUp, verificationUrl } from './gate-fixtures';

const TWO_TRAVELLERS = [
  travellerRow(),
  travellerRow({ fullName: 'Trần Thị Bình', documentNumber: 'C7654321' }),
];

async function crossingRows(declarationId: string) {
  return testEnvironment().sequelize.query<{
    travellerPosition: number;
    outcome: string;
    laneCode: string;
    method: string;
    scanToRecordMs: number | null;
    refusalReason: string | null;
  }>(
    `SELECT traveller_position AS "travellerPosition", outcome, lane_code AS "laneCode", method,
            scan_to_record_ms AS "scanToRecordMs", refusal_reason AS "refusalReason"
     FROM crossings WHERE declaration_id = :declarationId ORDER BY traveller_position`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
}

async function publicVerification(token: string): Promise<ResultVerification> {
  const visitor = await ApiClient.create();
  return (await visitor.get(`/api/public/results/${token}`).expect(200)).body as ResultVerification;
}

describe('POST /api/officer/gate/crossings', () => {
  it('records every traveller and makes the result used', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord({ travellers: TWO_TRAVELLERS });

    const response = await client.post(`${GATE}/crossings`, crossingBody(record.declarationId)).expect(201);

    const view = response.body as GateLookupView;
    expect(view.verdict).toBe('used');
    expect(view.record?.travellers.map((traveller) => traveller.crossing?.outcome)).toEqual([
      'crossed',
      'crossed',
    ]);
    const rows = await crossingRows(record.declarationId);
    expect(rows.map((row) => row.travellerPosition)).toEqual([0, 1]);
    expect(rows.every((row) => row.laneCode === '2' && row.method === 'qr_scanner')).toBeTrue();
  });

  it('stores the time from scan to record', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord();
    const scannedAt = new Date(Date.now() - 4_000).toISOString();

    await client.post(`${GATE}/crossings`, crossingBody(record.declarationId, { scannedAt })).expect(201);

    const [row] = await crossingRows(record.declarationId);
    expect(row.scanToRecordMs).toBeGreaterThanOrEqual(4_000);
    expect(row.scanToRecordMs).toBeLessThan(14_000);
  });

  it('stores no scan time from a clock far off', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord();
    const scannedAt = new Date(Date.now() + 10 * 60_000).toISOString();

    await client.post(`${GATE}/crossings`, crossingBody(record.declarationId, { scannedAt })).expect(201);

    const [row] = await crossingRows(record.declarationId);
    expect(row.scanToRecordMs).toBeNull();
  });

  it('records ticked travellers first and the rest later', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord({ travellers: TWO_TRAVELLERS });

    const first = await client
      .post(`${GATE}/crossings`, crossingBody(record.declarationId, { travellerPositions: [1] }))
      .expect(201);
    expect((first.body as GateLookupView).verdict).toBe('valid');
    expect((await publicVerification(record.token)).status).toBe('valid');

    const rest = await client.post(`${GATE}/crossings`, crossingBody(record.declarationId)).expect(201);
    expect((rest.body as GateLookupView).verdict).toBe('used');
  });

  it('makes public verification say used with the first crossing time', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord();
    const response = await client.post(`${GATE}/crossings`, crossingBody(record.declarationId)).expect(201);
    const recordedAt = (response.body as GateLookupView).record!.travellers[0].crossing!.recordedAt;

    const verification = await publicVerification(record.token);

    expect(verification.status).toBe('used');
    expect(verification.firstCrossedAt).toBe(recordedAt);
  });

  it('gives one crossing and one 409 to two lanes at once', async () => {
    const first = await deskOfficer();
    const second = await deskOfficer();
    const record = await issuedRecord({ travellers: TWO_TRAVELLERS });

    const responses = await Promise.all([
      first.client.post(`${GATE}/crossings`, crossingBody(record.declarationId)),
      second.client.post(`${GATE}/crossings`, crossingBody(record.declarationId)),
    ]);

    expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    const conflict = responses.find((response) => response.status === 409)!;
    expect(conflict.body.detail).toContain('làn khác');
    expect((await crossingRows(record.declarationId)).length).toBe(2);
  });

  it('rejects a traveller recorded already', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord({ travellers: TWO_TRAVELLERS });
    await client
      .post(`${GATE}/crossings`, crossingBody(record.declarationId, { travellerPositions: [0] }))
      .expect(201);

    await client
      .post(`${GATE}/crossings`, crossingBody(record.declarationId, { travellerPositions: [0, 1] }))
      .expect(409);

    expect((await crossingRows(record.declarationId)).length).toBe(1);
  });

  it('rejects a crossing with a result for tomorrow', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord({ plannedCrossingDate: daysFromToday(1) });

    const response = await client.post(`${GATE}/crossings`, crossingBody(record.declarationId)).expect(409);

    expect(response.body.type).toBe('/api/problems/invalid-status-transition');
    expect((await crossingRows(record.declarationId)).length).toBe(0);
  });

  it('rejects a position the declaration does not have', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord();

    const response = await client
      .post(`${GATE}/crossings`, crossingBody(record.declarationId, { travellerPositions: [3] }))
      .expect(400);

    expect(response.body.errors[0].path).toBe('travellerPositions.0');
  });

  it('rejects an invalid method and scan time', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord();

    const response = await client
      .post(`${GATE}/crossings`, {
        ...crossingBody(record.declarationId),
        method: 'telepathy',
        scannedAt: 'yesterday',
      })
      .expect(400);

    expect(response.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      'method',
      'scannedAt',
    ]);
  });

  it('audits the crossing', async () => {
    const { client, id } = await deskOfficer();
    const record = await issuedRecord();

    await client.post(`${GATE}/crossings`, crossingBody(record.declarationId)).expect(201);

    const [row] = await testEnvironment().sequelize.query<{
      details: { laneCode: string; positions: number[] };
    }>(`SELECT details FROM audit_log WHERE actor_id = :id AND action = 'gate.crossing.recorded'`, {
      replacements: { id },
      type: QueryTypes.SELECT,
    });
    expect(row.details.laneCode).toBe('2');
    expect(row.details.positions).toEqual([0]);
  });
});

describe('POST /api/officer/gate/refusals', () => {
  it('records a refusal with its reason', async () => {
    const { client, id } = await deskOfficer();
    const record = await issuedRecord({ travellers: TWO_TRAVELLERS });

    const response = await client
      .post(`${GATE}/refusals`, {
        gateCode: 'LT',
        laneCode: '2',
        declarationId: record.declarationId,
        travellerPosition: 1,
        reason: 'Hộ chiếu bị hư hỏng',
        method: 'qr_scanner',
      })
      .expect(201);

    const refused = (response.body as GateLookupView).record!.travellers[1].crossing;
    expect(refused?.outcome).toBe('refused');
    expect(refused?.refusalReason).toBe('Hộ chiếu bị hư hỏng');
    const audit = await testEnvironment().sequelize.query(
      `SELECT 1 FROM audit_log WHERE actor_id = :id AND action = 'gate.traveller.refused'`,
      { replacements: { id }, type: QueryTypes.SELECT },
    );
    expect(audit.length).toBe(1);
  });

  it('makes the result used when the rest crossed', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord({ travellers: TWO_TRAVELLERS });
    const refusal = {
      gateCode: 'LT',
      laneCode: '2',
      declarationId: record.declarationId,
      travellerPosition: 0,
      reason: 'Không khớp ảnh',
      method: 'typed',
    };

    await client.post(`${GATE}/refusals`, refusal).expect(201);
    await client.post(`${GATE}/crossings`, crossingBody(record.declarationId)).expect(201);

    expect((await lookUp(client, verificationUrl(record.token))).verdict).toBe('used');
    expect((await publicVerification(record.token)).status).toBe('used');
  });

  it('requires a reason', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord();

    const response = await client
      .post(`${GATE}/refusals`, {
        gateCode: 'LT',
        laneCode: '2',
        declarationId: record.declarationId,
        travellerPosition: 0,
        reason: '  ',
        method: 'typed',
      })
      .expect(400);

    expect(response.body.errors[0].path).toBe('reason');
  });
});
