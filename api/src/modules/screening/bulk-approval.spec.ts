import type { BulkApprovalResult, DeclarationView } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import type { ApiClient } from '../../test/api-client';
import { assignToSelf } from '../../test/declaration-assignment';
import { signedInApplicant, signedInOfficer, travellerInput } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { ensureSpecGate, submitAtGate } from '../review/queue-fixtures';
import {
  REVIEW,
  addWatchlistEntry,
  signedInAdministrator,
  submittedCleanDeclaration,
  uniqueDocumentNumber,
  uniqueName,
} from './screening-fixtures';

const BULK = `${REVIEW}/bulk-approve`;
const SPEC_GATE = 'BULK';

function itemOf(declaration: DeclarationView) {
  return { id: declaration.id, version: declaration.version };
}

async function statusOf(id: string): Promise<{ status: string; results: number; outbox: number }> {
  const [row] = await testEnvironment().sequelize.query<{ status: string; results: number; outbox: number }>(
    `SELECT d.status,
            (SELECT count(*)::int FROM results r WHERE r.declaration_id = d.id) AS results,
            (SELECT count(*)::int FROM outbox o JOIN results r ON o.job_id LIKE 'render-result-' || r.id || '-%'
              WHERE r.declaration_id = d.id) AS outbox
       FROM declarations d WHERE d.id = $1`,
    { bind: [id], type: QueryTypes.SELECT },
  );
  return row;
}

describe('POST /api/officer/declarations/bulk-approve', () => {
  let applicant: ApiClient;
  let supervisor: ApiClient;

  beforeEach(async () => {
    ({ client: applicant } = await signedInApplicant());
    ({ client: supervisor } = await signedInOfficer('en', { role: 'supervisor', gateCodes: ['LT'] }));
  });

  it('approves clean records with their results and refuses a flagged one', async () => {
    const first = await submittedCleanDeclaration(applicant);
    const second = await submittedCleanDeclaration(applicant);
    const documentNumber = uniqueDocumentNumber();
    await addWatchlistEntry(await signedInAdministrator(), {
      matchKind: 'document_number',
      value: documentNumber,
    });
    const flagged = await submittedCleanDeclaration(applicant, {
      travellers: [travellerInput({ fullName: uniqueName(), documentNumber })],
    });

    const response = await supervisor.post(BULK, { items: [first, flagged, second].map(itemOf) }).expect(200);

    const result = response.body as BulkApprovalResult;
    expect(result.approved).toBe(2);
    expect(result.refused).toBe(1);
    expect(result.results).toEqual([
      {
        id: first.id,
        outcome: 'approved',
        version: first.version + 1,
        referenceCode: first.referenceCode ?? null,
        flagKinds: [],
      },
      { id: flagged.id, outcome: 'flagged', version: null, referenceCode: null, flagKinds: ['watchlist'] },
      {
        id: second.id,
        outcome: 'approved',
        version: second.version + 1,
        referenceCode: second.referenceCode ?? null,
        flagKinds: [],
      },
    ]);
    expect(await statusOf(first.id)).toEqual({ status: 'approved', results: 1, outbox: 1 });
    expect(await statusOf(flagged.id)).toEqual({ status: 'submitted', results: 0, outbox: 0 });
  });

  it('reports another gate’s record as not found and leaves it untouched', async () => {
    await ensureSpecGate(SPEC_GATE);
    const other = await submitAtGate(applicant, SPEC_GATE, [
      { fullName: uniqueName(), documentNumber: uniqueDocumentNumber() },
    ]);

    const response = await supervisor.post(BULK, { items: [itemOf(other)] }).expect(200);

    expect((response.body as BulkApprovalResult).results[0].outcome).toBe('not_found');
    expect((await statusOf(other.id)).status).toBe('submitted');
  });

  it('reports a record decided meanwhile as a conflict', async () => {
    const declaration = await submittedCleanDeclaration(applicant);
    const { client: reviewer } = await signedInOfficer('en');
    await assignToSelf(reviewer, declaration);
    await reviewer
      .post(`${REVIEW}/${declaration.id}/reject`, { version: declaration.version, reason: 'Thiếu giấy tờ' })
      .expect(200);

    const response = await supervisor.post(BULK, { items: [itemOf(declaration)] }).expect(200);

    expect((response.body as BulkApprovalResult).results[0].outcome).toBe('conflict');
    expect((await statusOf(declaration.id)).status).toBe('rejected');
  });

  it('lets one of two simultaneous decisions win', async () => {
    const declaration = await submittedCleanDeclaration(applicant);
    const { client: reviewer } = await signedInOfficer('en');
    await assignToSelf(reviewer, declaration);

    const [single, bulk] = await Promise.all([
      reviewer.post(`${REVIEW}/${declaration.id}/reject`, {
        version: declaration.version,
        reason: 'Thiếu giấy tờ',
      }),
      supervisor.post(BULK, { items: [itemOf(declaration)] }),
    ]);

    const outcome = (bulk.body as BulkApprovalResult).results[0].outcome;
    const status = (await statusOf(declaration.id)).status;
    expect(bulk.status).toBe(200);
    // The record is assigned to the reviewer, so the bulk approval loses to that assignment or to the version.
    expect(['held', 'conflict']).toContain(outcome);
    expect(single.status).toBe(200);
    expect(status).toBe('rejected');
  });

  it('refuses a record held by another officer', async () => {
    const declaration = await submittedCleanDeclaration(applicant);
    const { client: reviewer } = await signedInOfficer('en');
    await assignToSelf(reviewer, declaration);

    const response = await supervisor.post(BULK, { items: [itemOf(declaration)] }).expect(200);

    expect((response.body as BulkApprovalResult).results[0].outcome).toBe('held');
  });

  it('reports a record no longer submitted', async () => {
    const declaration = await submittedCleanDeclaration(applicant);
    await supervisor.post(BULK, { items: [itemOf(declaration)] }).expect(200);

    const response = await supervisor.post(BULK, {
      items: [{ id: declaration.id, version: declaration.version + 1 }],
    });

    expect((response.body as BulkApprovalResult).results[0].outcome).toBe('not_submitted');
  });

  it('audits the bulk action and each approval', async () => {
    const declaration = await submittedCleanDeclaration(applicant);

    await supervisor.post(BULK, { items: [itemOf(declaration)] }).expect(200);

    const rows = await testEnvironment().sequelize.query<{ action: string; details: unknown }>(
      `SELECT action, details FROM audit_log
        WHERE declaration_id = $1 OR (action = 'declaration.bulk_approval' AND details::text LIKE '%' || $1 || '%')
        ORDER BY id`,
      { bind: [declaration.id], type: QueryTypes.SELECT },
    );
    expect(rows.map((row) => row.action)).toEqual(['declaration.approved', 'declaration.bulk_approval']);
    expect(rows[1].details).toEqual({ outcomes: [{ id: declaration.id, outcome: 'approved' }] });
  });

  it('rejects a reviewer with 403 before reading the body', async () => {
    const declaration = await submittedCleanDeclaration(applicant);
    const { client: reviewer } = await signedInOfficer('en', { role: 'reviewer' });

    await reviewer.post(BULK, { items: [itemOf(declaration)] }).expect(403);
    await reviewer.post(BULK, { nonsense: true }).expect(403);

    expect((await statusOf(declaration.id)).status).toBe('submitted');
  });

  it('rejects an applicant session', async () => {
    const response = await applicant.post(BULK, { items: [] });

    expect([401, 403]).toContain(response.status);
  });

  it('rejects a record listed twice and an empty list', async () => {
    const declaration = await submittedCleanDeclaration(applicant);

    const twice = await supervisor
      .post(BULK, { items: [itemOf(declaration), itemOf(declaration)] })
      .expect(400);
    await supervisor.post(BULK, { items: [] }).expect(400);

    expect(twice.body.errors).toEqual([
      jasmine.objectContaining({ path: 'items.1.id', code: 'duplicateItems' }),
    ]);
    expect((await statusOf(declaration.id)).status).toBe('submitted');
  });
});
