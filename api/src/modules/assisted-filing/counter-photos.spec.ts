import type { DeclarationView, Problem } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';
import sharp from 'sharp';

import { testEnvironment } from '../../test/test-environment';
import { HTML_BYTES, fetchPhoto, photoUrl, twoToneJpeg } from '../traveller-photos/photo-fixtures';
import {
  counterCargoBody,
  counterFilingBody,
  counterOfficer,
  fileAtCounter,
  uploadCounterPhoto,
  uploadedCounterPhotoId,
} from './assisted-filing-fixtures';

async function countUploadsOf(officerId: string): Promise<number> {
  const [row] = await testEnvironment().sequelize.query<{ count: number }>(
    'SELECT count(*)::int AS count FROM counter_photo_uploads WHERE officer_id = :officerId',
    { replacements: { officerId }, type: QueryTypes.SELECT },
  );
  return row.count;
}

describe('POST /api/officer/assisted-declarations/photos', () => {
  it('stores a re-encoded portrait under an opaque id', async () => {
    const reviewer = await counterOfficer('reviewer');

    const response = await uploadCounterPhoto(reviewer.client, await twoToneJpeg()).expect(201);

    expect(Object.keys(response.body as object).sort()).toEqual(['height', 'uploadId', 'width']);
    expect(response.body).toEqual(jasmine.objectContaining({ width: 600, height: 800 }));
  });

  it('rejects a file that is not an image', async () => {
    const reviewer = await counterOfficer('reviewer');

    const response = await uploadCounterPhoto(reviewer.client, HTML_BYTES).expect(422);

    expect((response.body as Problem).errors?.[0]).toEqual(
      jasmine.objectContaining({ path: 'photo', code: 'photoInvalidType' }),
    );
  });
});

describe('counter filing with portraits', () => {
  it('attaches the portrait to the traveller before approval', async () => {
    const reviewer = await counterOfficer('reviewer');
    const uploadId = await uploadedCounterPhotoId(reviewer.client);

    const response = await fileAtCounter(
      reviewer.client,
      counterFilingBody({ photos: [{ position: 0, uploadId }] }),
    ).expect(201);

    const view = response.body as DeclarationView;
    expect(view.status).toBe('approved');
    expect(view.travellerPhotos?.[0].hasPhoto).toBeTrue();
    const photo = await fetchPhoto(reviewer.client, photoUrl('officer', view.id, 0)).expect(200);
    expect((await sharp(photo.body as Buffer).metadata()).width).toBe(600);
    expect(await countUploadsOf(reviewer.id)).toBe(0);
  });

  it('attaches the driver’s portrait to a truck', async () => {
    const reviewer = await counterOfficer('reviewer');
    const uploadId = await uploadedCounterPhotoId(reviewer.client);

    const response = await fileAtCounter(
      reviewer.client,
      counterCargoBody({ photos: [{ position: 0, uploadId }] }),
    ).expect(201);

    expect((response.body as DeclarationView).travellerPhotos?.[0].hasPhoto).toBeTrue();
  });

  it("rejects another officer's upload as gone", async () => {
    const reviewer = await counterOfficer('reviewer');
    const other = await counterOfficer('reviewer');
    const uploadId = await uploadedCounterPhotoId(other.client);

    const response = await fileAtCounter(
      reviewer.client,
      counterFilingBody({ photos: [{ position: 0, uploadId }] }),
    ).expect(422);

    expect((response.body as Problem).errors?.map((error) => `${error.path} ${error.code}`)).toEqual([
      'travellers.0.photo photoUploadExpired',
    ]);
  });

  it('rejects a portrait for a traveller the filing lacks', async () => {
    const reviewer = await counterOfficer('reviewer');
    const uploadId = await uploadedCounterPhotoId(reviewer.client);

    const response = await fileAtCounter(
      reviewer.client,
      counterFilingBody({ photos: [{ position: 3, uploadId }] }),
    ).expect(422);

    expect((response.body as Problem).errors?.map((error) => `${error.path} ${error.code}`)).toEqual([
      'photos.0.position invalid',
    ]);
    expect(await countUploadsOf(reviewer.id)).toBe(1);
  });
});
