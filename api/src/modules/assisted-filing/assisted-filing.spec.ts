import { randomUUID } from 'node:crypto';

import type { AssistedFilingStatus, DeclarationView, Problem, QueuePage } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { daysFromToday } from '../../test/dates';
import { assignToSelf } from '../../test/declaration-assignment';
import { signedInApplicant, travellerInput } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { ensureSpecGate, SEARCH } from '../review/queue-fixtures';
import {
  ASSISTED,
  countFiledBy,
  counterFilingBody,
  counterOfficer,
  fileAtCounter,
  outboxJobsOf,
} from './assisted-filing-fixtures';

/** A gate of this spec alone, so its queue holds only the declarations filed here. */
const QUEUE_GATE = 'QASST';

function fieldErrors(problem: Problem): string[] {
  return (problem.errors ?? []).map((error) => `${error.path} ${error.code}`).sort();
}

async function historyOf(declarationId: string) {
  return testEnvironment().sequelize.query<{ toStatus: string; actorType: string; actorId: string | null }>(
    `SELECT to_status AS "toStatus", actor_type AS "actorType", actor_id AS "actorId"
     FROM declaration_events WHERE declaration_id = :declarationId ORDER BY id`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
}

async function auditOf(declarationId: string) {
  return testEnvironment().sequelize.query<{
    action: string;
    actorId: string;
    details: Record<string, unknown> | null;
  }>(
    `SELECT action, actor_id AS "actorId", details FROM audit_log WHERE declaration_id = :declarationId ORDER BY id`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
}

describe('POST /api/officer/assisted-declarations', () => {
  it("approves a reviewer's filing in one step and queues its PDF", async () => {
    const reviewer = await counterOfficer('reviewer');

    const response = await fileAtCounter(reviewer.client, counterFilingBody()).expect(201);

    const view = response.body as DeclarationView;
    expect(view.status).toBe('approved');
    expect(view.referenceCode).toMatch(/^LT-/);
    expect(view.result?.status).toBe('pending');
    expect(view.counterFiling?.officerId).toBe(reviewer.id);
    expect(view.counterFiling?.officerName).toBe('Lê Văn Cường');
    const jobs = await outboxJobsOf(view.id);
    expect(jobs.some((job) => job.startsWith('render-result-'))).toBeTrue();
  });

  it("keeps a gate officer's filing submitted for a reviewer", async () => {
    const gateOfficer = await counterOfficer('gate_officer');

    const response = await fileAtCounter(gateOfficer.client, counterFilingBody()).expect(201);

    const view = response.body as DeclarationView;
    expect(view.status).toBe('submitted');
    expect(view.result).toBeNull();
    const reviewer = await counterOfficer('reviewer');
    await assignToSelf(reviewer.client, view);
    const approval = await reviewer.client
      .post(`/api/officer/declarations/${view.id}/approve`, { version: view.version })
      .expect(200);
    expect((approval.body as DeclarationView).status).toBe('approved');
  });

  it('names the filing officer in history and audit', async () => {
    const reviewer = await counterOfficer('reviewer');

    const response = await fileAtCounter(reviewer.client, counterFilingBody()).expect(201);

    const view = response.body as DeclarationView;
    expect(await historyOf(view.id)).toEqual([
      { toStatus: 'submitted', actorType: 'officer', actorId: reviewer.id },
      { toStatus: 'approved', actorType: 'officer', actorId: reviewer.id },
    ]);
    const audit = await auditOf(view.id);
    expect(audit.map((row) => row.action)).toEqual(['declaration.filed_at_counter', 'declaration.approved']);
    expect(audit.every((row) => row.actorId === reviewer.id)).toBeTrue();
    expect(audit[0].details?.['onBehalfOf']).toEqual({ travellerIds: [view.data.travellers[0].id] });
  });

  it('stores no applicant and the contact left', async () => {
    const reviewer = await counterOfficer('reviewer');
    const body = counterFilingBody({ email: 'Sok.Dara@Example.com', preferredLanguage: 'km' });

    const response = await fileAtCounter(reviewer.client, body).expect(201);

    const view = response.body as DeclarationView;
    expect(view.counterFiling?.email).toBe('sok.dara@example.com');
    expect(view.counterFiling?.preferredLanguage).toBe('km');
    const [row] = await testEnvironment().sequelize.query<{ applicantId: string | null }>(
      `SELECT applicant_id AS "applicantId" FROM declarations WHERE id = :id`,
      { replacements: { id: view.id }, type: QueryTypes.SELECT },
    );
    expect(row.applicantId).toBeNull();
  });

  it('queues a submission notice only with an address', async () => {
    const gateOfficer = await counterOfficer('gate_officer');

    const withAddress = await fileAtCounter(
      gateOfficer.client,
      counterFilingBody({ email: 'dara@example.com' }),
    ).expect(201);
    const withoutAddress = await fileAtCounter(gateOfficer.client, counterFilingBody()).expect(201);

    const noticeJobs = await outboxJobsOf((withAddress.body as DeclarationView).id);
    expect(noticeJobs.some((job) => job.includes('declaration-submitted'))).toBeTrue();
    expect(await outboxJobsOf((withoutAddress.body as DeclarationView).id)).toEqual([]);
  });

  it('rejects a malformed field with 422', async () => {
    const reviewer = await counterOfficer('reviewer');
    const body = counterFilingBody({
      purposeCode: undefined,
      travellers: [travellerInput({ documentNumber: 'no!', sex: undefined })],
    });

    const response = await fileAtCounter(reviewer.client, body).expect(422);

    const problem = response.body as Problem;
    expect(fieldErrors(problem)).toEqual(['travellers.0.documentNumber invalidDocumentNumber']);
    expect(await countFiledBy(reviewer.id)).toBe(0);
  });

  it('lists the same errors as a portal submission', async () => {
    const reviewer = await counterOfficer('reviewer');
    const { client: applicant } = await signedInApplicant();
    const incomplete = counterFilingBody({
      purposeCode: undefined,
      travellers: [travellerInput({ sex: undefined, documentExpiryDate: daysFromToday(-1) })],
    });
    const draft = await applicant.post('/api/applicant/declarations', incomplete).expect(201);
    const portal = await applicant
      .post(`/api/applicant/declarations/${(draft.body as DeclarationView).id}/submit`, { version: 1 })
      .expect(422);

    const counter = await fileAtCounter(reviewer.client, incomplete).expect(422);

    expect(fieldErrors(counter.body as Problem)).toEqual(fieldErrors(portal.body as Problem));
    expect(fieldErrors(counter.body as Problem)).toEqual([
      'purposeCode required',
      'travellers.0.documentExpiryDate documentExpiresBeforeCrossing',
      'travellers.0.sex required',
    ]);
  });

  it('accepts only a crossing today', async () => {
    const reviewer = await counterOfficer('reviewer');
    const tomorrow = daysFromToday(1);

    const response = await fileAtCounter(
      reviewer.client,
      counterFilingBody({ plannedCrossingDate: tomorrow }),
    ).expect(422);

    const [error] = (response.body as Problem).errors ?? [];
    expect(`${error.path} ${error.code}`).toBe('plannedCrossingDate outsideSubmissionWindow');
    const displayed = tomorrow.split('-').reverse().join('/');
    expect(error.params).toEqual({ from: displayed, until: displayed });
  });

  it('returns the first declaration for a repeated key', async () => {
    const reviewer = await counterOfficer('reviewer');
    const key = randomUUID();

    const first = await fileAtCounter(reviewer.client, counterFilingBody(), key).expect(201);
    const second = await fileAtCounter(reviewer.client, counterFilingBody(), key).expect(200);

    expect((second.body as DeclarationView).id).toBe((first.body as DeclarationView).id);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(await countFiledBy(reviewer.id)).toBe(1);
  });

  it('files once for a double submit at once', async () => {
    const reviewer = await counterOfficer('reviewer');
    const key = randomUUID();

    const responses = await Promise.all([
      fileAtCounter(reviewer.client, counterFilingBody(), key),
      fileAtCounter(reviewer.client, counterFilingBody(), key),
    ]);

    expect(responses.map((response) => response.status).sort()).toEqual([200, 201]);
    const ids = responses.map((response) => (response.body as DeclarationView).id);
    expect(ids[0]).toBe(ids[1]);
    expect(await countFiledBy(reviewer.id)).toBe(1);
  });

  it('rejects a key reused for other content', async () => {
    const reviewer = await counterOfficer('reviewer');
    const key = randomUUID();
    await fileAtCounter(reviewer.client, counterFilingBody(), key).expect(201);

    const reused = await fileAtCounter(
      reviewer.client,
      counterFilingBody({ direction: 'entry' }),
      key,
    ).expect(422);

    expect(fieldErrors(reused.body as Problem)).toEqual(['Idempotency-Key invalid']);
    expect((reused.body as Problem).detail).toContain('Idempotency-Key');
    expect(await countFiledBy(reviewer.id)).toBe(1);
  });

  it('requires a UUID idempotency key', async () => {
    const reviewer = await counterOfficer('reviewer');

    const missing = await reviewer.client.post(ASSISTED, counterFilingBody()).expect(422);
    const malformed = await fileAtCounter(reviewer.client, counterFilingBody(), 'again').expect(422);

    expect(fieldErrors(missing.body as Problem)).toEqual(['Idempotency-Key required']);
    expect(fieldErrors(malformed.body as Problem)).toEqual(['Idempotency-Key invalid']);
  });

  it('appears in queue and search as filed at the counter', async () => {
    await ensureSpecGate(QUEUE_GATE);
    const reviewer = await counterOfficer('reviewer', [QUEUE_GATE]);
    const gateOfficer = await counterOfficer('gate_officer', [QUEUE_GATE]);
    const traveller = travellerInput({
      fullName: 'Kham Sophal',
      nationality: 'KHM',
      documentNumber: 'N7654321',
    });
    const body = counterFilingBody({ gateCode: QUEUE_GATE, travellers: [traveller] });
    const filed = (await fileAtCounter(gateOfficer.client, body).expect(201)).body as DeclarationView;

    const queue = await reviewer.client
      .get(`/api/officer/declarations?queue=new&gate=${QUEUE_GATE}`)
      .expect(200);
    const search = await reviewer.client.post(SEARCH, { search: 'kham sophal' }).expect(200);

    const queued = (queue.body as QueuePage).items.find((item) => item.id === filed.id);
    expect(queued?.filedAtCounter).toBeTrue();
    const found = (search.body as QueuePage).items.find((item) => item.id === filed.id);
    expect(found?.filedAtCounter).toBeTrue();
    expect(found?.leadTravellerName).toBe('Kham Sophal');
  });
});

describe('GET /api/officer/assisted-declarations/:id', () => {
  it('reports the status and result', async () => {
    const reviewer = await counterOfficer('reviewer');
    const filed = (await fileAtCounter(reviewer.client, counterFilingBody()).expect(201))
      .body as DeclarationView;

    const response = await reviewer.client.get(`${ASSISTED}/${filed.id}`).expect(200);

    const status = response.body as AssistedFilingStatus;
    expect(status.status).toBe('approved');
    expect(status.referenceCode).toBe(filed.referenceCode!);
    expect(status.result?.status).toBe('pending');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it("hides an applicant's declaration", async () => {
    const reviewer = await counterOfficer('reviewer');
    const { client: applicant } = await signedInApplicant();
    const draft = await applicant.post('/api/applicant/declarations', counterFilingBody()).expect(201);

    await reviewer.client.get(`${ASSISTED}/${(draft.body as DeclarationView).id}`).expect(404);
  });
});
