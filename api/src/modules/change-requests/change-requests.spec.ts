import type { DeclarationView } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { ApiClient } from '../../test/api-client';
import { assignToSelf } from '../../test/declaration-assignment';
import {
  completeDraft,
  signedInApplicant,
  signedInOfficer,
  submittedDeclaration,
  travellerInput,
  type TestOfficer,
} from '../../test/factories';
import { signInOfficer } from '../../test/officer-sign-in';
import { testEnvironment } from '../../test/test-environment';

const DECLARATIONS = '/api/applicant/declarations';
const REVIEW = '/api/officer/declarations';

async function query<T extends object>(sql: string, id: string): Promise<T[]> {
  return testEnvironment().sequelize.query<T>(sql, { replacements: { id }, type: QueryTypes.SELECT });
}

function eventsOf(id: string) {
  return query<{ from_status: string | null; to_status: string; actor_type: string; reason: string | null }>(
    'SELECT from_status, to_status, actor_type, reason FROM declaration_events WHERE declaration_id = :id ORDER BY id',
    id,
  );
}

function noticesOf(id: string) {
  return query<{ job_id: string; payload: Record<string, unknown> }>(
    "SELECT job_id, payload FROM outbox WHERE payload->>'declarationId' = :id AND payload->>'notice' = 'changes-requested' ORDER BY id",
    id,
  );
}

function roundsOf(id: string) {
  return query<{ round: number }>('SELECT round FROM change_requests WHERE declaration_id = :id', id);
}

const FIELD_COMMENTS = [
  { field: 'plannedCrossingDate', comment: 'Ngày này cửa khẩu đóng cửa.' },
  { field: 'travellers.1.documentNumber', comment: 'Số hộ chiếu không khớp với ảnh chụp.' },
];

describe('change requests', () => {
  let applicant: ApiClient;
  let officer: ApiClient;
  let officerName: string;
  let officerCredentials: TestOfficer;

  beforeEach(async () => {
    ({ client: applicant } = await signedInApplicant());
    const signedIn = await signedInOfficer();
    officer = signedIn.client;
    officerName = signedIn.profile.fullName;
    officerCredentials = signedIn.officer;
  });

  /** Submits a declaration of two travellers and assigns it to the officer, who may then decide it. */
  async function groupDeclaration(): Promise<DeclarationView> {
    const companion = travellerInput({ fullName: 'Nguyễn Thị Hoa', documentNumber: 'C7654321' });
    const submitted = await submittedDeclaration(
      applicant,
      completeDraft({ travellers: [travellerInput(), companion] }),
    );
    await assignToSelf(officer, submitted);
    return submitted;
  }

  function requestChanges(declaration: DeclarationView, body: object = {}) {
    return officer.post(`${REVIEW}/${declaration.id}/request-changes`, {
      version: declaration.version,
      comment: 'Vui lòng kiểm tra lại tờ khai.',
      fieldComments: FIELD_COMMENTS,
      ...body,
    });
  }

  async function editAndResubmit(declaration: DeclarationView): Promise<DeclarationView> {
    const edited = await applicant
      .put(`${DECLARATIONS}/${declaration.id}`, { version: declaration.version, data: declaration.data })
      .expect(200);
    const resubmitted = await applicant
      .post(`${DECLARATIONS}/${declaration.id}/submit`, { version: edited.body.version })
      .expect(200);
    return resubmitted.body as DeclarationView;
  }

  it('sends a declaration back with its comments', async () => {
    const submitted = await groupDeclaration();

    const response = await requestChanges(submitted).expect(200);

    const view = response.body as DeclarationView;
    expect(view.status).toBe('changes_requested');
    expect(view.version).toBe(submitted.version + 1);
    expect(view.decidedAt).toBeNull();
    expect(view.changeRequest).toEqual(
      jasmine.objectContaining({
        round: 1,
        comment: 'Vui lòng kiểm tra lại tờ khai.',
        fieldComments: FIELD_COMMENTS,
        requestedBy: officerName,
        resubmittedAt: null,
      }),
    );
    expect(view.changeRequests?.length).toBe(1);
  });

  it('shows the applicant the open request without the officer', async () => {
    const submitted = await groupDeclaration();
    await requestChanges(submitted).expect(200);

    const response = await applicant.get(`${DECLARATIONS}/${submitted.id}`).expect(200);

    const view = response.body as DeclarationView;
    expect(view.status).toBe('changes_requested');
    expect(view.changeRequest?.fieldComments).toEqual(FIELD_COMMENTS);
    expect(view.changeRequest?.comment).toBe('Vui lòng kiểm tra lại tờ khai.');
    expect(view.changeRequest?.requestedBy).toBeUndefined();
    expect(view.changeRequests?.length).toBe(1);
  });

  it('records the event, the audit row and the notice', async () => {
    const submitted = await groupDeclaration();

    await requestChanges(submitted).expect(200);

    expect((await eventsOf(submitted.id)).at(-1)).toEqual(
      jasmine.objectContaining({
        from_status: 'submitted',
        to_status: 'changes_requested',
        actor_type: 'officer',
        reason: 'Vui lòng kiểm tra lại tờ khai.',
      }),
    );
    const audit = await query<{ action: string; details: Record<string, unknown> }>(
      "SELECT action, details FROM audit_log WHERE declaration_id = :id AND action = 'declaration.changes_requested'",
      submitted.id,
    );
    expect(audit.length).toBe(1);
    expect(audit[0].details).toEqual({
      round: 1,
      fields: ['plannedCrossingDate', 'travellers.1.documentNumber'],
    });
    expect((await noticesOf(submitted.id)).length).toBe(1);
  });

  it('runs two rounds through to approval and keeps both', async () => {
    const submitted = await groupDeclaration();
    const firstRound = await requestChanges(submitted).expect(200);

    const firstAnswer = await editAndResubmit(firstRound.body as DeclarationView);
    expect(firstAnswer.status).toBe('submitted');
    expect(firstAnswer.changeRequest).toBeNull();
    expect(firstAnswer.submittedAt).toBe(submitted.submittedAt);
    const secondRound = await requestChanges(firstAnswer, {
      comment: undefined,
      fieldComments: [{ field: 'travellers.0.photo', comment: 'Ảnh bị mờ.' }],
    }).expect(200);
    expect(secondRound.body.changeRequest.round).toBe(2);
    const secondAnswer = await editAndResubmit(secondRound.body as DeclarationView);
    const approved = await officer
      .post(`${REVIEW}/${submitted.id}/approve`, { version: secondAnswer.version })
      .expect(200);

    const view = approved.body as DeclarationView;
    expect(view.status).toBe('approved');
    expect(view.changeRequest).toBeNull();
    expect(view.changeRequests?.map((round) => round.round)).toEqual([1, 2]);
    expect(view.changeRequests?.every((round) => round.resubmittedAt !== null)).toBeTrue();
    expect(view.changeRequests?.[1]).toEqual(
      jasmine.objectContaining({
        comment: null,
        fieldComments: [{ field: 'travellers.0.photo', comment: 'Ảnh bị mờ.' }],
        requestedBy: officerName,
      }),
    );
    const statuses = (await eventsOf(submitted.id)).map((event) => event.to_status);
    expect(statuses).toEqual([
      'draft',
      'submitted',
      'changes_requested',
      'submitted',
      'changes_requested',
      'submitted',
      'approved',
    ]);
    expect((await noticesOf(submitted.id)).length).toBe(2);
  });

  it('lets the applicant change the data before resubmitting', async () => {
    const submitted = await groupDeclaration();
    const sentBack = (await requestChanges(submitted).expect(200)).body as DeclarationView;
    const corrected = {
      ...sentBack.data,
      travellers: [
        sentBack.data.travellers[0],
        { ...sentBack.data.travellers[1], documentNumber: 'C7654322' },
      ],
    };

    const edited = await applicant
      .put(`${DECLARATIONS}/${submitted.id}`, { version: sentBack.version, data: corrected })
      .expect(200);

    expect(edited.body.status).toBe('changes_requested');
    expect(edited.body.data.travellers[1].documentNumber).toBe('C7654322');
    expect(edited.body.changeRequest.round).toBe(1);
  });

  it('rejects an edit at a stale version while changes are requested', async () => {
    const submitted = await groupDeclaration();
    const sentBack = (await requestChanges(submitted).expect(200)).body as DeclarationView;

    const response = await applicant
      .put(`${DECLARATIONS}/${submitted.id}`, { version: sentBack.version - 1, data: sentBack.data })
      .expect(409);

    expect(response.body.type).toBe('/api/problems/version-conflict');
  });

  it('answers 409 for a stale version and records nothing', async () => {
    const submitted = await groupDeclaration();

    const response = await requestChanges({ ...submitted, version: submitted.version - 1 }).expect(409);

    expect(response.body.type).toBe('/api/problems/version-conflict');
    expect(await roundsOf(submitted.id)).toEqual([]);
    expect((await eventsOf(submitted.id)).at(-1)?.to_status).toBe('submitted');
    expect(await noticesOf(submitted.id)).toEqual([]);
  });

  it('lets one of a change request and an approval win', async () => {
    const submitted = await groupDeclaration();
    // The holder decides in a second browser session, because only the holder may decide.
    const secondSession = await ApiClient.create();
    await signInOfficer(secondSession, officerCredentials);

    const responses = await Promise.all([
      requestChanges(submitted),
      secondSession.post(`${REVIEW}/${submitted.id}/approve`, { version: submitted.version }),
    ]);

    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    const decisions = (await eventsOf(submitted.id)).filter((event) => event.from_status === 'submitted');
    expect(decisions.length).toBe(1);
    const rounds = await roundsOf(submitted.id);
    const sentBack = decisions[0].to_status === 'changes_requested';
    expect(rounds.length).toBe(sentBack ? 1 : 0);
    expect((await noticesOf(submitted.id)).length).toBe(sentBack ? 1 : 0);
  });

  it('answers 404 to another applicant', async () => {
    const submitted = await groupDeclaration();
    const sentBack = (await requestChanges(submitted).expect(200)).body as DeclarationView;
    const { client: stranger } = await signedInApplicant();

    await stranger.get(`${DECLARATIONS}/${submitted.id}`).expect(404);
    await stranger
      .put(`${DECLARATIONS}/${submitted.id}`, { version: sentBack.version, data: sentBack.data })
      .expect(404);
    await stranger.post(`${DECLARATIONS}/${submitted.id}/submit`, { version: sentBack.version }).expect(404);

    const current = await applicant.get(`${DECLARATIONS}/${submitted.id}`).expect(200);
    expect(current.body.version).toBe(sentBack.version);
  });

  it('answers 422 naming an unknown field', async () => {
    const submitted = await groupDeclaration();

    const response = await requestChanges(submitted, {
      fieldComments: [
        { field: 'plannedCrossingDate', comment: 'Sai ngày.' },
        { field: 'travellers.1.favouriteColour', comment: 'Không rõ.' },
      ],
    }).expect(422);

    expect(response.body.errors).toEqual([
      jasmine.objectContaining({
        path: 'fieldComments.1.field',
        code: 'unknownDeclarationField',
        params: { value: 'travellers.1.favouriteColour' },
      }),
    ]);
    expect(response.body.errors[0].message).toContain('travellers.1.favouriteColour');
    expect(await roundsOf(submitted.id)).toEqual([]);
  });

  it('answers 422 for a traveller the declaration lacks', async () => {
    const submitted = await groupDeclaration();

    const response = await requestChanges(submitted, {
      fieldComments: [{ field: 'travellers.2.fullName', comment: 'Sai tên.' }],
    }).expect(422);

    expect(response.body.errors[0]).toEqual(
      jasmine.objectContaining({ path: 'fieldComments.0.field', code: 'unknownDeclarationField' }),
    );
  });

  it('answers 422 for a field commented twice', async () => {
    const submitted = await groupDeclaration();

    const response = await requestChanges(submitted, {
      fieldComments: [
        { field: 'vehicle.plateNumber', comment: 'Biển số sai.' },
        { field: 'vehicle.plateNumber', comment: 'Thiếu tỉnh.' },
      ],
    }).expect(422);

    expect(response.body.errors).toEqual([
      jasmine.objectContaining({ path: 'fieldComments.1.field', code: 'duplicateDeclarationField' }),
    ]);
  });

  it('requires a comment or a field comment', async () => {
    const submitted = await groupDeclaration();

    const response = await requestChanges(submitted, { comment: '  ', fieldComments: [] }).expect(400);

    expect(response.body.errors[0]).toEqual(
      jasmine.objectContaining({ path: 'comment', code: 'changeRequestEmpty' }),
    );
  });

  it('rejects comments over the length limits', async () => {
    const submitted = await groupDeclaration();

    const response = await requestChanges(submitted, {
      comment: 'x'.repeat(2001),
      fieldComments: [{ field: 'plannedCrossingDate', comment: 'y'.repeat(501) }],
    }).expect(400);

    const paths = response.body.errors.map(
      (error: { path: string; code: string }) => `${error.path}:${error.code}`,
    );
    expect(paths).toEqual(
      jasmine.arrayWithExactContents(['comment:tooLong', 'fieldComments.0.comment:tooLong']),
    );
  });

  it('hides a draft from a change request', async () => {
    const draft = await applicant.post(DECLARATIONS, completeDraft()).expect(201);

    await officer
      .post(`${REVIEW}/${draft.body.id}/request-changes`, { version: 1, comment: 'Thiếu ảnh.' })
      .expect(404);

    expect(await roundsOf(draft.body.id)).toEqual([]);
  });

  it('answers 409 for a declaration already sent back', async () => {
    const submitted = await groupDeclaration();
    const sentBack = (await requestChanges(submitted).expect(200)).body as DeclarationView;

    const response = await requestChanges(sentBack).expect(409);

    expect(response.body.type).toBe('/api/problems/invalid-status-transition');
  });

  it('withdraws a declaration sent back for changes', async () => {
    const submitted = await groupDeclaration();
    const sentBack = (await requestChanges(submitted).expect(200)).body as DeclarationView;

    const response = await applicant
      .post(`${DECLARATIONS}/${submitted.id}/withdraw`, { version: sentBack.version })
      .expect(200);

    const view = response.body as DeclarationView;
    expect(view.status).toBe('withdrawn');
    expect(view.changeRequest).toBeNull();
    expect(view.changeRequests?.[0].resubmittedAt).toBeNull();
    expect((await eventsOf(submitted.id)).at(-1)).toEqual(
      jasmine.objectContaining({ from_status: 'changes_requested', to_status: 'withdrawn' }),
    );
    await officer.get(`${REVIEW}/${submitted.id}`).expect(200);
  });

  it('lists declarations waiting for the applicant', async () => {
    const submitted = await groupDeclaration();
    await requestChanges(submitted).expect(200);

    const waiting = await officer.get(`${REVIEW}?queue=waiting&pageSize=100`).expect(200);
    const byStatus = await officer.get(`${REVIEW}?status=changes_requested&pageSize=100`).expect(200);
    const newQueue = await officer.get(`${REVIEW}?queue=new&pageSize=100`).expect(200);

    const ids = (page: { body: { items: { id: string }[] } }) => page.body.items.map((item) => item.id);
    expect(ids(waiting)).toContain(submitted.id);
    expect(ids(byStatus)).toContain(submitted.id);
    expect(ids(newQueue)).not.toContain(submitted.id);
  });

  it('rejects approval while changes are requested', async () => {
    const submitted = await groupDeclaration();
    const sentBack = (await requestChanges(submitted).expect(200)).body as DeclarationView;

    const response = await officer
      .post(`${REVIEW}/${submitted.id}/approve`, { version: sentBack.version })
      .expect(409);

    expect(response.body.type).toBe('/api/problems/invalid-status-transition');
  });
});
