import { ProblemType } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { daysFromToday } from '../../test/dates';
import { testEnvironment } from '../../test/test-environment';
import { travellerRow } from '../results/results-fixtures';
import {
  ENTRY_LANE,
  GATE,
  OTHER_GATE_LANE,
  crossingBody,
  deskOfficer,
  ensureOtherGate,
  issuedRecord,
  lookUp,
  verificationUrl,
} from './gate-fixtures';

/** A TD3 passport MRZ of the ICAO 9303 specimen, with document number L898902C3 and valid check digits. */
const SPECIMEN_MRZ = [
  'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
  'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
].join('\n');

describe('POST /api/officer/gate/lookups', () => {
  it('finds a valid result from its QR URL', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord({
      travellers: [travellerRow(), travellerRow({ fullName: 'Trần Thị Bình', documentNumber: 'C7654321' })],
    });

    const view = await lookUp(client, verificationUrl(record.token));

    expect(view.verdict).toBe('valid');
    expect(view.findings).toEqual([]);
    expect(view.method).toBe('qr_scanner');
    expect(view.record?.resultNumber).toBe(record.resultNumber);
    expect(view.record?.travellers.map((traveller) => traveller.documentNumber)).toEqual([
      'C1234567',
      'C7654321',
    ]);
    expect(view.record?.travellers[0].crossing).toBeNull();
  });

  it('reports wrong gate for a QR from another gate', async () => {
    await ensureOtherGate();
    const { client } = await deskOfficer('gate_officer', ['LT', OTHER_GATE_LANE.gateCode]);
    const record = await issuedRecord();

    const view = await lookUp(client, verificationUrl(record.token), OTHER_GATE_LANE);

    expect(view.verdict).toBe('wrong_gate');
    expect(view.record?.gateCode).toBe('LT');
  });

  it('hides a record of a gate not assigned to the officer', async () => {
    await ensureOtherGate();
    const { client } = await deskOfficer('gate_officer', [OTHER_GATE_LANE.gateCode]);
    const record = await issuedRecord();

    const view = await lookUp(client, record.resultNumber, OTHER_GATE_LANE);

    expect(view.verdict).toBe('wrong_gate');
    expect(view.record).toBeNull();
  });

  it('reports a revoked result as revoked', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord();
    await testEnvironment().sequelize.query(
      `UPDATE results SET status = 'revoked', revoked_at = now(), revoked_by = officer_id,
              revocation_reason = 'Spec revocation' WHERE id = :resultId`,
      { replacements: { ...record } },
    );

    const view = await lookUp(client, verificationUrl(record.token));

    expect(view.verdict).toBe('revoked');
  });

  it('reports a used result with the first crossing time', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord();
    const recorded = await client.post(`${GATE}/crossings`, crossingBody(record.declarationId)).expect(201);
    const firstCrossing = (
      recorded.body as { record: { travellers: { crossing: { recordedAt: string } }[] } }
    ).record.travellers[0].crossing.recordedAt;

    const view = await lookUp(client, verificationUrl(record.token));

    expect(view.verdict).toBe('used');
    expect(view.record?.firstCrossedAt).toBe(firstCrossing);
    expect(view.record?.usedAt).not.toBeNull();
  });

  it('reports wrong day for a result for tomorrow', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord({ plannedCrossingDate: daysFromToday(1) });

    const view = await lookUp(client, verificationUrl(record.token));

    expect(view.verdict).toBe('wrong_day');
    expect(view.record?.plannedCrossingDate).toBe(daysFromToday(1));
  });

  it('reports an expired result as expired', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord({ plannedCrossingDate: daysFromToday(-5) });

    const view = await lookUp(client, verificationUrl(record.token));

    expect(view.verdict).toBe('expired');
  });

  it('reports wrong direction at a lane of the other direction', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord();

    const view = await lookUp(client, verificationUrl(record.token), ENTRY_LANE);

    expect(view.verdict).toBe('wrong_direction');
  });

  it('lists every failed check, most serious first', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord({ plannedCrossingDate: daysFromToday(2) });

    const view = await lookUp(client, verificationUrl(record.token), ENTRY_LANE);

    expect(view.findings).toEqual(['wrong_direction', 'wrong_day']);
  });

  it('reports a QR of another system as not ours', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord();

    const foreign = await lookUp(client, `https://verify.example.org/verify/${record.token}`);
    const otherPath = await lookUp(
      client,
      `${testEnvironment().config.publicBaseUrl}/declarations/${record.token}`,
    );

    expect(foreign.verdict).toBe('not_ours');
    expect(foreign.record).toBeNull();
    expect(otherPath.verdict).toBe('not_ours');
  });

  it('reports a tampered token of our URL', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord();
    const flipped = (record.token[0] === 'A' ? 'B' : 'A') + record.token.slice(1);

    const altered = await lookUp(client, verificationUrl(flipped));
    const truncated = await lookUp(client, verificationUrl(record.token.slice(0, 40)));

    expect(altered.verdict).toBe('tampered');
    expect(altered.record).toBeNull();
    expect(truncated.verdict).toBe('tampered');
  });

  it('finds a result by its typed number', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord();

    const view = await lookUp(client, ` ${record.resultNumber.toLowerCase()} `);

    expect(view.verdict).toBe('valid');
    expect(view.method).toBe('typed');
    expect(view.record?.declarationId).toBe(record.declarationId);
  });

  it('finds a result by a passport MRZ', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord({
      travellers: [travellerRow({ documentNumber: 'L898902C3', nationality: 'UTO' as never })],
    });

    const view = await lookUp(client, SPECIMEN_MRZ);

    expect(view.method).toBe('mrz');
    expect(view.record?.declarationId).toBe(record.declarationId);
  });

  it('reports an MRZ with a wrong check digit as unreadable', async () => {
    const { client } = await deskOfficer();

    const view = await lookUp(client, SPECIMEN_MRZ.replace('L898902C36', 'L898902C35'));

    expect(view.verdict).toBe('invalid_mrz');
  });

  it('reports text that is no code at all', async () => {
    const { client } = await deskOfficer();

    const view = await lookUp(client, 'hello world');

    expect(view.verdict).toBe('unrecognized');
  });

  it('audits each lookup with its verdict', async () => {
    const { client, id } = await deskOfficer();
    const record = await issuedRecord();

    await lookUp(client, verificationUrl(record.token));

    const rows = await testEnvironment().sequelize.query<{
      declarationId: string;
      details: { verdict: string };
    }>(
      `SELECT declaration_id AS "declarationId", details FROM audit_log WHERE actor_id = :id AND action = 'gate.lookup'`,
      { replacements: { id }, type: QueryTypes.SELECT },
    );
    expect(rows.length).toBe(1);
    expect(rows[0].declarationId).toBe(record.declarationId);
    expect(rows[0].details.verdict).toBe('valid');
  });

  it('rejects a gate the officer is not assigned to', async () => {
    await ensureOtherGate();
    const { client } = await deskOfficer();

    const response = await client
      .post(`${GATE}/lookups`, { ...OTHER_GATE_LANE, source: 'keyboard', scanInput: 'LT-2026-000001' })
      .expect(403);

    expect(response.body.type).toBe(`/api/problems/${ProblemType.forbidden}`);
  });

  it('names the lane when it is not a lane of the gate', async () => {
    const { client } = await deskOfficer();

    const response = await client
      .post(`${GATE}/lookups`, { gateCode: 'LT', laneCode: '99', source: 'keyboard', scanInput: 'x' })
      .expect(400);

    expect(response.body.errors[0].path).toBe('laneCode');
  });

  it('rejects a request without a session', async () => {
    const { client } = await deskOfficer();
    await client.post('/api/officer/logout').expect(204);

    await client.post(`${GATE}/lookups`, { ...ENTRY_LANE, source: 'keyboard', scanInput: 'x' }).expect(401);
  });
});
