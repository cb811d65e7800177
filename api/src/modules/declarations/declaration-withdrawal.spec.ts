import type { DeclarationView } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import type { ApiClient } from '../../test/api-client';
import { assignToSelf } from '../../test/declaration-assignment';
import {
  completeDraft,
  signedInApplicant,
  signedInOfficer,
  submittedDeclaration,
} from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';

const DECLARATIONS = '/api/applicant/declarations';
const REVIEW = '/api/officer/declarations';

async function eventsOf(id: string) {
  return testEnvironment().sequelize.query<{
    from_status: string | null;
    to_status: string;
    actor_type: string;
  }>(
    'SELECT from_status, to_status, actor_type FROM declaration_events WHERE declaration_id = :id ORDER BY id',
    { replacements: { id }, type: QueryTypes.SELECT },
  );
}

describe('withdrawing a declaration', () => {
  let applicant: ApiClient;
  let officer: ApiClient;

  beforeEach(async () => {
    ({ client: applicant } = await signedInApplicant());
    ({ client: officer } = await signedInOfficer());
  });

  it('withdraws a draft and records the change in its history', async () => {
    const draft = await applicant.post(DECLARATIONS, completeDraft()).expect(201);

    const response = await applicant
      .post(`${DECLARATIONS}/${draft.body.id}/withdraw`, { version: 1 })
      .expect(200);

    const view = response.body as DeclarationView;
    expect(view.status).toBe('withdrawn');
    expect(view.version).toBe(2);
    expect(await eventsOf(view.id)).toEqual([
      jasmine.objectContaining({ from_status: null, to_status: 'draft' }),
      jasmine.objectContaining({ from_status: 'draft', to_status: 'withdrawn', actor_type: 'applicant' }),
    ]);
  });

  it('keeps a draft withdrawn before submission hidden from officers', async () => {
    const draft = await applicant.post(DECLARATIONS, completeDraft()).expect(201);
    await applicant.post(`${DECLARATIONS}/${draft.body.id}/withdraw`, { version: 1 }).expect(200);

    await officer.get(`${REVIEW}/${draft.body.id}`).expect(404);
  });

  it('withdraws a submitted declaration and takes it out of the officers queue', async () => {
    const submitted = await submittedDeclaration(applicant);

    const response = await applicant
      .post(`${DECLARATIONS}/${submitted.id}/withdraw`, { version: submitted.version })
      .expect(200);

    expect(response.body.status).toBe('withdrawn');
    const queue = await officer.get(`${REVIEW}?pageSize=100`).expect(200);
    const ids = queue.body.items.map((item: { id: string }) => item.id);
    expect(ids).not.toContain(submitted.id);
  });

  it('rejects approval after withdrawal with 409', async () => {
    const submitted = await submittedDeclaration(applicant);
    const withdrawn = await applicant
      .post(`${DECLARATIONS}/${submitted.id}/withdraw`, { version: submitted.version })
      .expect(200);

    const response = await officer
      .post(`${REVIEW}/${submitted.id}/approve`, { version: withdrawn.body.version })
      .expect(409);

    expect(response.body.type).toBe('/api/problems/invalid-status-transition');
  });

  it('rejects withdrawing an approved declaration', async () => {
    const submitted = await submittedDeclaration(applicant);
    await assignToSelf(officer, submitted);
    const approved = await officer
      .post(`${REVIEW}/${submitted.id}/approve`, { version: submitted.version })
      .expect(200);

    const response = await applicant
      .post(`${DECLARATIONS}/${submitted.id}/withdraw`, { version: approved.body.version })
      .expect(409);

    expect(response.body.type).toBe('/api/problems/invalid-status-transition');
  });

  it('rejects a stale version with 409', async () => {
    const submitted = await submittedDeclaration(applicant);

    const response = await applicant
      .post(`${DECLARATIONS}/${submitted.id}/withdraw`, { version: submitted.version - 1 })
      .expect(409);

    expect(response.body.type).toBe('/api/problems/version-conflict');
    const current = await applicant.get(`${DECLARATIONS}/${submitted.id}`).expect(200);
    expect(current.body.status).toBe('submitted');
  });

  it("answers 404 for another applicant's declaration", async () => {
    const submitted = await submittedDeclaration(applicant);
    const { client: stranger } = await signedInApplicant();

    await stranger
      .post(`${DECLARATIONS}/${submitted.id}/withdraw`, { version: submitted.version })
      .expect(404);

    const current = await applicant.get(`${DECLARATIONS}/${submitted.id}`).expect(200);
    expect(current.body.status).toBe('submitted');
  });
});
