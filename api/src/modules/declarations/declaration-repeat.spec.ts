import type { DeclarationView } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import type { ApiClient } from '../../test/api-client';
import { daysFromToday } from '../../test/dates';
import { assignToSelf } from '../../test/declaration-assignment';
import {
  completeDraft,
  signedInApplicant,
  signedInOfficer,
  submittedDeclaration,
  travellerInput,
} from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { fetchPhoto, photoUrl, twoToneJpeg, uploadPhoto } from '../traveller-photos/photo-fixtures';

const DECLARATIONS = '/api/applicant/declarations';

async function photoKeysOf(declarationId: string) {
  return testEnvironment().sequelize.query<{ travellerId: string; storageKey: string }>(
    `SELECT traveller_id AS "travellerId", storage_key AS "storageKey"
       FROM traveller_photos WHERE declaration_id = :declarationId`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
}

async function eventsOf(id: string) {
  return testEnvironment().sequelize.query<{ from_status: string | null; to_status: string }>(
    'SELECT from_status, to_status FROM declaration_events WHERE declaration_id = :id ORDER BY id',
    { replacements: { id }, type: QueryTypes.SELECT },
  );
}

describe('repeating a declaration', () => {
  let applicant: ApiClient;

  beforeEach(async () => {
    ({ client: applicant } = await signedInApplicant());
  });

  async function repeat(id: string): Promise<DeclarationView> {
    const response = await applicant.post(`${DECLARATIONS}/${id}/repeat`).expect(201);
    return response.body as DeclarationView;
  }

  it('copies gate, direction, purpose and travellers without the date', async () => {
    const travellers = [
      travellerInput(),
      travellerInput({ fullName: 'Rơ Mah Hiếu', sex: 'female', documentNumber: 'B7654321' }),
    ];
    const original = await submittedDeclaration(
      applicant,
      completeDraft({ direction: 'entry', purposeCode: 'family_visit', travellers }),
    );

    const copy = await repeat(original.id);

    expect(copy.data.gateCode).toBe('LT');
    expect(copy.data.direction).toBe('entry');
    expect(copy.data.purposeCode).toBe('family_visit');
    expect(copy.data.travellers).toEqual(travellers.map((traveller) => jasmine.objectContaining(traveller)));
    expect(copy.data.travellers.map((traveller) => traveller.id)).toEqual(
      original.data.travellers.map((traveller) => traveller.id),
    );
    expect(copy.data.plannedCrossingDate).toBeUndefined();
  });

  it('copies each traveller photo to a file of its own', async () => {
    const created = await applicant.post(DECLARATIONS, completeDraft()).expect(201);
    await uploadPhoto(applicant, created.body.id, 0, await twoToneJpeg()).expect(200);

    const copy = await repeat(created.body.id);

    const [originalPhoto] = await photoKeysOf(created.body.id);
    const [copiedPhoto] = await photoKeysOf(copy.id);
    expect(copiedPhoto.travellerId).toBe(copy.data.travellers[0].id!);
    expect(copiedPhoto.storageKey).not.toBe(originalPhoto.storageKey);
    const photo = await fetchPhoto(applicant, photoUrl('applicant', copy.id, 0)).expect(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
  });

  it('starts a fresh draft with its own id, version and history', async () => {
    const original = await submittedDeclaration(applicant);

    const copy = await repeat(original.id);

    expect(copy.id).not.toBe(original.id);
    expect(copy.status).toBe('draft');
    expect(copy.version).toBe(1);
    expect(copy.submittedAt).toBeNull();
    expect(copy.decidedAt).toBeNull();
    expect(copy.rejectionReason).toBeNull();
    expect(copy.result).toBeNull();
    expect(await eventsOf(copy.id)).toEqual([{ from_status: null, to_status: 'draft' }]);
  });

  it('leaves the original as it was', async () => {
    const original = await submittedDeclaration(applicant);

    await repeat(original.id);

    const stored = await applicant.get(`${DECLARATIONS}/${original.id}`).expect(200);
    expect(stored.body.status).toBe('submitted');
    expect(stored.body.version).toBe(original.version);
    expect(stored.body.data.plannedCrossingDate).toBe(original.data.plannedCrossingDate);
  });

  it('copies a rejected declaration without its rejection reason', async () => {
    const original = await submittedDeclaration(applicant);
    const { client: officer } = await signedInOfficer();
    await assignToSelf(officer, original);
    await officer
      .post(`/api/officer/declarations/${original.id}/reject`, {
        version: original.version,
        reason: 'Ảnh không rõ',
      })
      .expect(200);

    const copy = await repeat(original.id);

    expect(copy.status).toBe('draft');
    expect(copy.rejectionReason).toBeNull();
  });

  it('keeps a document that has expired since, and submission flags it', async () => {
    const expired = travellerInput({ documentExpiryDate: daysFromToday(-1) });
    const created = await applicant.post(DECLARATIONS, completeDraft({ travellers: [expired] })).expect(201);

    const copy = await repeat(created.body.id);

    expect(copy.data.travellers[0].documentExpiryDate).toBe(daysFromToday(-1));
    await applicant
      .put(`${DECLARATIONS}/${copy.id}`, {
        version: copy.version,
        data: { ...copy.data, plannedCrossingDate: daysFromToday(2) },
      })
      .expect(200);
    const submission = await applicant.post(`${DECLARATIONS}/${copy.id}/submit`, { version: 2 }).expect(422);
    expect(submission.body.errors).toContain(
      jasmine.objectContaining({
        path: 'travellers.0.documentExpiryDate',
        code: 'documentExpiresBeforeCrossing',
      }),
    );
  });

  it('cannot be submitted until a new crossing date is chosen', async () => {
    const original = await submittedDeclaration(applicant);
    const copy = await repeat(original.id);

    const submission = await applicant.post(`${DECLARATIONS}/${copy.id}/submit`, { version: 1 }).expect(422);

    expect(submission.body.errors).toContain(
      jasmine.objectContaining({ path: 'plannedCrossingDate', code: 'required' }),
    );
  });

  it("answers another applicant's declaration with 404 and creates nothing", async () => {
    const { client: other } = await signedInApplicant();
    const original = await submittedDeclaration(applicant);

    const response = await other.post(`${DECLARATIONS}/${original.id}/repeat`).expect(404);

    expect(response.body.type).toBe('/api/problems/not-found');
    const list = await other.get(DECLARATIONS).expect(200);
    expect(list.body.total).toBe(0);
  });

  it('answers a malformed id with 404', async () => {
    await applicant.post(`${DECLARATIONS}/not-a-uuid/repeat`).expect(404);
  });
});
