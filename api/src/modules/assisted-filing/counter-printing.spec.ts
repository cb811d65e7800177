import type { CrossingTimesRow, DeclarationView, GateLookupView } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import type { ApiClient } from '../../test/api-client';
import { daysFromToday } from '../../test/dates';
import { travellerInput } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { GATE, crossingBody, ensureOtherGate, issuedRecord } from '../gate/gate-fixtures';
import { counterFilingBody, counterOfficer, fileAtCounter } from './assisted-filing-fixtures';
import { issueResultOf, pdfText, resultPdf } from './counter-result.fixtures';

async function fileAndIssue(client: ApiClient, fullName: string): Promise<DeclarationView> {
  const traveller = travellerInput({ fullName, nationality: 'KHM', documentNumber: 'N0246810' });
  const response = await fileAtCounter(client, counterFilingBody({ travellers: [traveller] })).expect(201);
  const view = response.body as DeclarationView;
  await issueResultOf(view.id);
  return view;
}

describe('GET /api/officer/declarations/:id/result.pdf', () => {
  it('serves the issued PDF inline for printing', async () => {
    const reviewer = await counterOfficer('reviewer');
    const filed = await fileAndIssue(reviewer.client, 'Chan Bopha');

    const response = await resultPdf(reviewer.client, filed.id).expect(200);

    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^inline; filename="LT-\d{4}-\d+\.pdf"$/);
    expect(response.headers['content-security-policy']).toBe("frame-ancestors 'self'");
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(await pdfText(response.body as Buffer)).toContain('Chan Bopha');
  });

  it('records each read in the audit log', async () => {
    const reviewer = await counterOfficer('reviewer');
    const filed = await fileAndIssue(reviewer.client, 'Chan Bopha');

    await resultPdf(reviewer.client, filed.id).expect(200);

    const rows = await testEnvironment().sequelize.query<{ actorId: string }>(
      `SELECT actor_id AS "actorId" FROM audit_log WHERE declaration_id = :id AND action = 'result.pdf.viewed'`,
      { replacements: { id: filed.id }, type: QueryTypes.SELECT },
    );
    expect(rows).toEqual([{ actorId: reviewer.id }]);
  });

  it('answers 404 until the result is issued', async () => {
    const reviewer = await counterOfficer('reviewer');
    const response = await fileAtCounter(reviewer.client, counterFilingBody()).expect(201);

    const pending = await reviewer.client
      .get(`/api/officer/declarations/${(response.body as DeclarationView).id}/result.pdf`)
      .expect(404);

    expect(pending.body.detail).toBeDefined();
  });

  it("hides another gate's PDF", async () => {
    await ensureOtherGate();
    const reviewer = await counterOfficer('reviewer');
    const elsewhere = await counterOfficer('reviewer', ['SPECG']);
    const filed = await fileAndIssue(reviewer.client, 'Chan Bopha');

    await elsewhere.client.get(`/api/officer/declarations/${filed.id}/result.pdf`).expect(404);
  });
});

describe('crossing recorded at the counter', () => {
  it('records the counter method and uses the result', async () => {
    const reviewer = await counterOfficer('reviewer');
    const filed = await fileAndIssue(reviewer.client, 'Chan Bopha');

    const response = await reviewer.client
      .post(`${GATE}/crossings`, crossingBody(filed.id, { method: 'counter' }))
      .expect(201);

    expect((response.body as GateLookupView).verdict).toBe('used');
    const [row] = await testEnvironment().sequelize.query<{ method: string; officerId: string }>(
      `SELECT method, officer_id AS "officerId" FROM crossings WHERE declaration_id = :id`,
      { replacements: { id: filed.id }, type: QueryTypes.SELECT },
    );
    expect(row).toEqual({ method: 'counter', officerId: reviewer.id });
  });

  it("rejects the counter method for an applicant's declaration", async () => {
    const reviewer = await counterOfficer('reviewer');
    const record = await issuedRecord();

    const response = await reviewer.client
      .post(`${GATE}/crossings`, crossingBody(record.declarationId, { method: 'counter' }))
      .expect(400);

    expect(response.body.errors[0].path).toBe('method');
  });

  it('leaves counter crossings out of the lane times', async () => {
    const supervisor = await counterOfficer('supervisor');
    await testEnvironment().sequelize.query(
      `INSERT INTO gate_lanes (gate_code, code, name_vi, name_en, direction)
       VALUES ('LT', 'CTR', 'Quầy', 'Counter', 'exit') ON CONFLICT DO NOTHING`,
    );
    const filed = await fileAndIssue(supervisor.client, 'Chan Bopha');
    await supervisor.client
      .post(`${GATE}/crossings`, crossingBody(filed.id, { method: 'counter', laneCode: 'CTR' }))
      .expect(201);

    const response = await supervisor.client
      .get(`${GATE}/crossing-times?gateCode=LT&from=${daysFromToday(0)}&until=${daysFromToday(0)}`)
      .expect(200);

    expect((response.body as CrossingTimesRow[]).some((row) => row.laneCode === 'CTR')).toBeFalse();
  });
});
