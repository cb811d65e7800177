import type { DeclarationView, Problem } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';
import sharp from 'sharp';

import type { ApiClient } from '../../test/api-client';
import { assignToSelf } from '../../test/declaration-assignment';
import { completeDraft, signedInApplicant, signedInOfficer, travellerInput } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { fetchPhoto, photoStatuses, photoUrl, twoToneJpeg, uploadPhoto } from './photo-fixtures';

const DECLARATIONS = '/api/applicant/declarations';

/** Builds a draft whose lead traveller has a passport (photo optional) and whose companion has another document (photo required). */
function draftWithCompanion() {
  return completeDraft({
    travellers: [
      travellerInput(),
      travellerInput({ fullName: 'Siu Ksor', documentType: 'other', documentNumber: 'KH998877' }),
    ],
  });
}

function submit(client: ApiClient, view: DeclarationView) {
  return client.post(`${DECLARATIONS}/${view.id}/submit`, { version: view.version });
}

describe('photo requirement at submission', () => {
  let client: ApiClient;
  let draft: DeclarationView;

  beforeEach(async () => {
    ({ client } = await signedInApplicant('en'));
    draft = (await client.post(DECLARATIONS, draftWithCompanion()).expect(201)).body as DeclarationView;
  });

  it('publishes the requirement with the document types', async () => {
    const response = await client.get('/api/public/document-types').expect(200);

    const required = new Map(
      (response.body as { code: string; photoRequired: boolean }[]).map((type) => [
        type.code,
        type.photoRequired,
      ]),
    );
    expect(required.get('passport')).toBeFalse();
    expect(required.get('border_pass')).toBeTrue();
    expect(required.get('border_resident_permit')).toBeTrue();
    expect(required.get('other')).toBeTrue();
  });

  it('rejects a traveller without a required photo', async () => {
    const response = await submit(client, draft).expect(422);

    const errors = (response.body as Problem).errors ?? [];
    const photoErrors = errors.filter((error) => error.path.endsWith('.photo'));
    expect(photoErrors.map((error) => error.path)).toEqual(['travellers.1.photo']);
    expect(photoErrors[0].code).toBe('photoRequired');
    expect(photoErrors[0].message).toBe(
      "Companion 1 – Portrait photo: this document type needs a portrait photo. Please add a photo of the traveller's face.",
    );
  });

  it('names the missing photo in Vietnamese and Khmer', async () => {
    for (const [language, expected] of [
      ['vi', 'Người đi cùng 1 – Ảnh chân dung: loại giấy tờ này cần ảnh chân dung.'],
      ['km', 'អ្នករួមដំណើរទី 1 – រូបថតមុខ៖ ប្រភេទឯកសារនេះត្រូវការរូបថតមុខ។'],
    ]) {
      const response = await submit(client, draft).set('Accept-Language', language).expect(422);

      const error = (response.body as Problem).errors?.find((item) => item.code === 'photoRequired');
      expect(error?.message).withContext(language).toContain(expected);
    }
  });

  it('submits once the required photo is there', async () => {
    await uploadPhoto(client, draft.id, 1, await twoToneJpeg()).expect(200);

    const response = await submit(client, draft).expect(200);

    expect((response.body as DeclarationView).status).toBe('submitted');
  });

  it('follows an administrator’s change of the requirement', async () => {
    const { sequelize } = testEnvironment();
    const passportOnly = (await client.post(DECLARATIONS, completeDraft()).expect(201))
      .body as DeclarationView;
    await sequelize.query(`UPDATE document_types SET photo_required = true WHERE code = 'passport'`);

    try {
      const response = await submit(client, passportOnly).expect(422);

      const codes = ((response.body as Problem).errors ?? []).map((error) => `${error.path}:${error.code}`);
      expect(codes).toContain('travellers.0.photo:photoRequired');
    } finally {
      await sequelize.query(`UPDATE document_types SET photo_required = false WHERE code = 'passport'`);
    }
  });
});

describe('officer photo view', () => {
  let applicant: ApiClient;
  let submitted: DeclarationView;

  beforeEach(async () => {
    ({ client: applicant } = await signedInApplicant());
    const draft = (await applicant.post(DECLARATIONS, draftWithCompanion()).expect(201))
      .body as DeclarationView;
    await uploadPhoto(applicant, draft.id, 1, await twoToneJpeg()).expect(200);
    submitted = (await submit(applicant, draft).expect(200)).body as DeclarationView;
  });

  it('shows the photo and records the view in the audit log', async () => {
    const { client: officer, profile } = await signedInOfficer();

    const response = await fetchPhoto(officer, photoUrl('officer', submitted.id, 1)).expect(200);

    expect(response.headers['cache-control']).toBe('private, no-store');
    expect((await sharp(response.body as Buffer).metadata()).width).toBe(600);
    const audit = await testEnvironment().sequelize.query<{ actorId: string; details: { position: number } }>(
      `SELECT actor_id AS "actorId", details FROM audit_log
       WHERE action = 'traveller.photo.viewed' AND declaration_id = :declarationId`,
      { replacements: { declarationId: submitted.id }, type: QueryTypes.SELECT },
    );
    expect(audit.length).toBe(1);
    expect(audit[0].actorId).toBe(profile.id);
    expect(audit[0].details.position).toBe(1);
  });

  it('tells the officer which travellers have a photo', async () => {
    const { client: officer } = await signedInOfficer();

    const view = (await officer.get(`/api/officer/declarations/${submitted.id}`).expect(200))
      .body as DeclarationView;

    expect(photoStatuses(view).map((status) => status.hasPhoto)).toEqual([false, true]);
  });

  it('answers a traveller without a photo with 404 and audits nothing', async () => {
    const { client: officer } = await signedInOfficer();

    await fetchPhoto(officer, photoUrl('officer', submitted.id, 0)).expect(404);

    const [{ count }] = await testEnvironment().sequelize.query<{ count: string }>(
      `SELECT count(*) AS count FROM audit_log WHERE action = 'traveller.photo.viewed' AND declaration_id = :id`,
      { replacements: { id: submitted.id }, type: QueryTypes.SELECT },
    );
    expect(Number(count)).toBe(0);
  });

  it('refuses the officer route to an applicant session', async () => {
    await fetchPhoto(applicant, photoUrl('officer', submitted.id, 1)).expect(401);
  });

  it('accepts a new photo after changes are requested', async () => {
    const { client: officer } = await signedInOfficer();
    await assignToSelf(officer, submitted);
    const sentBack = await officer
      .post(`/api/officer/declarations/${submitted.id}/request-changes`, {
        version: submitted.version,
        fieldComments: [{ field: 'travellers.1.photo', comment: 'The face is hidden by a hat.' }],
      })
      .expect(200);
    expect((sentBack.body as DeclarationView).status).toBe('changes_requested');

    await uploadPhoto(applicant, submitted.id, 1, await twoToneJpeg()).expect(200);

    const view = (await applicant.get(`${DECLARATIONS}/${submitted.id}`).expect(200)).body as DeclarationView;
    await submit(applicant, view).expect(200);
  });

  it('hides a draft’s photos from officers', async () => {
    const draft = (await applicant.post(DECLARATIONS, completeDraft()).expect(201)).body as DeclarationView;
    await uploadPhoto(applicant, draft.id, 0, await twoToneJpeg()).expect(200);
    const { client: officer } = await signedInOfficer();

    await fetchPhoto(officer, photoUrl('officer', draft.id, 0)).expect(404);
  });
});
