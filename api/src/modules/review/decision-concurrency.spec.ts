import type { DeclarationView } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { ApiClient } from '../../test/api-client';
import { assignToSelf } from '../../test/declaration-assignment';
import { signedInApplicant, signedInOfficer, submittedDeclaration } from '../../test/factories';
import { signInOfficer } from '../../test/officer-sign-in';
import { testEnvironment } from '../../test/test-environment';
import { REVIEW } from './queue-fixtures';

const DECISION_ACTIONS = ['declaration.approved', 'declaration.rejected', 'declaration.changes_requested'];

/** Counts the status changes away from `submitted`, which each decision writes once. */
async function decisionEvents(declarationId: string): Promise<number> {
  const [row] = await testEnvironment().sequelize.query<{ count: number }>(
    "SELECT count(*)::int AS count FROM declaration_events WHERE declaration_id = $1 AND from_status = 'submitted'",
    { bind: [declarationId], type: QueryTypes.SELECT },
  );
  return row.count;
}

/** Lists the decision entries of the declaration's audit trail. */
async function decisionAuditEntries(declarationId: string): Promise<{ action: string; actorId: string }[]> {
  return testEnvironment().sequelize.query<{ action: string; actorId: string }>(
    'SELECT action, actor_id AS "actorId" FROM audit_log WHERE declaration_id = $1 AND action = ANY($2) ORDER BY id',
    { bind: [declarationId, DECISION_ACTIONS], type: QueryTypes.SELECT },
  );
}

function approve(client: ApiClient, declaration: DeclarationView) {
  return client.post(`${REVIEW}/${declaration.id}/approve`, { version: declaration.version });
}

function reject(client: ApiClient, declaration: DeclarationView) {
  return client.post(`${REVIEW}/${declaration.id}/reject`, {
    version: declaration.version,
    reason: 'Thiếu giấy tờ.',
  });
}

describe('simultaneous decisions', () => {
  let applicant: ApiClient;
  let declaration: DeclarationView;

  beforeEach(async () => {
    ({ client: applicant } = await signedInApplicant());
    declaration = await submittedDeclaration(applicant);
  });

  it('let the holder win over another officer', async () => {
    const holder = await signedInOfficer();
    const other = await signedInOfficer();
    await assignToSelf(holder.client, declaration);

    const [approval, rejection] = await Promise.all([
      approve(holder.client, declaration),
      reject(other.client, declaration),
    ]);

    expect(approval.status).toBe(200);
    expect(rejection.status).toBe(409);
    expect(rejection.body.type).toBe('/api/problems/declaration-held');
    expect(await decisionEvents(declaration.id)).toBe(1);
    expect(await decisionAuditEntries(declaration.id)).toEqual([
      { action: 'declaration.approved', actorId: holder.officer.id },
    ]);
  });

  it('decide once for two sessions of the holder', async () => {
    const holder = await signedInOfficer();
    const secondSession = await ApiClient.create();
    await signInOfficer(secondSession, holder.officer);
    await assignToSelf(holder.client, declaration);

    const responses = await Promise.all([
      approve(holder.client, declaration),
      reject(secondSession, declaration),
    ]);

    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    const conflict = responses.find((response) => response.status === 409)!;
    expect(conflict.body.type).toBe('/api/problems/version-conflict');
    expect(await decisionEvents(declaration.id)).toBe(1);
    expect((await decisionAuditEntries(declaration.id)).length).toBe(1);
  });

  it('decide once when a supervisor takes over meanwhile', async () => {
    const holder = await signedInOfficer();
    const supervisor = await signedInOfficer(undefined, { role: 'supervisor' });
    await assignToSelf(holder.client, declaration);

    // Whichever transaction locks the row first wins: the holder's approval, or the take-over
    // followed by the supervisor's rejection. The loser gets 409 in both orders.
    const takeOverAndReject = async () => {
      const takeOver = await supervisor.client.post(`${REVIEW}/${declaration.id}/assign`, {
        version: declaration.version,
        takeOver: true,
      });
      return takeOver.status === 200 ? reject(supervisor.client, declaration) : takeOver;
    };
    const responses = await Promise.all([approve(holder.client, declaration), takeOverAndReject()]);

    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    expect(await decisionEvents(declaration.id)).toBe(1);
    const entries = await decisionAuditEntries(declaration.id);
    expect(entries.length).toBe(1);
    const winner = responses[0].status === 200 ? holder.officer.id : supervisor.officer.id;
    expect(entries[0].actorId).toBe(winner);
  });
});
