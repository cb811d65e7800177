import { readdir } from 'node:fs/promises';
import path from 'node:path';

import type { DeclarationView, Problem, TravellerPhotoStatus } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';
import sharp from 'sharp';

import { ApiClient } from '../../test/api-client';
import { completeDraft, signedInApplicant, travellerInput } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import {
  HTML_BYTES,
  PDF_BYTES,
  fetchPhoto,
  photoStatuses,
  photoUrl,
  pngPortrait,
  twoToneJpeg,
  uploadPhoto,
} from './photo-fixtures';
import { PHOTOS_FOLDER } from './traveller-photo-files';

const DECLARATIONS = '/api/applicant/declarations';

interface PhotoRow {
  storageKey: string;
  originalName: string | null;
  byteSize: number;
  width: number;
  height: number;
}

async function photoRows(declarationId: string): Promise<PhotoRow[]> {
  return testEnvironment().sequelize.query<PhotoRow>(
    `SELECT storage_key AS "storageKey", original_name AS "originalName", byte_size AS "byteSize", width, height
     FROM traveller_photos WHERE declaration_id = :declarationId`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
}

/** Lists the files of the photo folder, temporary files included. */
async function photoFolderEntries(): Promise<string[]> {
  const folder = path.join(testEnvironment().config.dataDir, PHOTOS_FOLDER);
  return (await readdir(folder).catch(() => [])).sort();
}

function firstError(body: unknown) {
  return (body as Problem).errors?.[0];
}

describe('traveller photos', () => {
  let client: ApiClient;
  let draft: DeclarationView;

  beforeEach(async () => {
    ({ client } = await signedInApplicant('vi'));
    draft = (await client.post(DECLARATIONS, completeDraft()).expect(201)).body as DeclarationView;
  });

  it('stores a JPEG as a 600 × 800 portrait', async () => {
    const response = await uploadPhoto(client, draft.id, 0, await twoToneJpeg()).expect(200);

    const status = response.body as TravellerPhotoStatus;
    expect(status.hasPhoto).toBeTrue();
    expect(status.position).toBe(0);
    expect(status.originalName).toBe('portrait.jpg');
    const photo = await fetchPhoto(client, photoUrl('applicant', draft.id, 0)).expect(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect(photo.headers['cache-control']).toBe('private, no-store');
    const metadata = await sharp(photo.body as Buffer).metadata();
    expect(metadata.format).toBe('jpeg');
    expect([metadata.width, metadata.height]).toEqual([600, 800]);
  });

  it('accepts a PNG and stores it as a JPEG', async () => {
    await uploadPhoto(client, draft.id, 0, await pngPortrait(), { name: 'me.png', type: 'image/png' }).expect(
      200,
    );

    const photo = await fetchPhoto(client, photoUrl('applicant', draft.id, 0)).expect(200);
    expect((await sharp(photo.body as Buffer).metadata()).format).toBe('jpeg');
  });

  it('shows the photo in the declaration view', async () => {
    await uploadPhoto(client, draft.id, 0, await twoToneJpeg()).expect(200);

    const view = (await client.get(`${DECLARATIONS}/${draft.id}`).expect(200)).body as DeclarationView;

    expect(photoStatuses(view).map((status) => status.hasPhoto)).toEqual([true]);
    expect(photoStatuses(view)[0].travellerId).toBe(view.data.travellers[0].id ?? '');
  });

  it('rejects a PDF renamed to .jpg', async () => {
    const response = await uploadPhoto(client, draft.id, 0, PDF_BYTES, { name: 'passport.jpg' }).expect(422);

    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(firstError(response.body)?.path).toBe('travellers.0.photo');
    expect(firstError(response.body)?.code).toBe('photoInvalidType');
    expect(firstError(response.body)?.message).toContain('Người khai chính – Ảnh chân dung');
    expect(await photoRows(draft.id)).toEqual([]);
  });

  it('rejects an HTML file renamed to .jpg', async () => {
    const response = await uploadPhoto(client, draft.id, 0, HTML_BYTES, { name: 'photo.jpg' }).expect(422);

    expect(firstError(response.body)?.code).toBe('photoInvalidType');
    expect(await photoRows(draft.id)).toEqual([]);
  });

  it('rejects a photo smaller than 300 × 400 pixels', async () => {
    const response = await uploadPhoto(
      client,
      draft.id,
      0,
      await twoToneJpeg({ width: 200, height: 300 }),
    ).expect(422);

    expect(firstError(response.body)?.code).toBe('photoTooSmall');
  });

  it('rejects a 20 MB upload while it streams, leaving no file', async () => {
    // The upload is parsed in memory, so the photo folder is the only place a file could appear.
    const foldersBefore = await photoFolderEntries();
    const huge = Buffer.concat([await twoToneJpeg(), Buffer.alloc(20 * 1024 * 1024, 0x5a)]);

    const response = await uploadPhoto(client, draft.id, 0, huge).expect(413);

    expect(firstError(response.body)?.path).toBe('travellers.0.photo');
    expect(firstError(response.body)?.code).toBe('photoTooLarge');
    expect(firstError(response.body)?.message).toContain('5 MB');
    expect(await photoRows(draft.id)).toEqual([]);
    expect(await photoFolderEntries()).toEqual(foldersBefore);
    expect((await photoFolderEntries()).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps a hostile file name as text only', async () => {
    const name = '../../etc/<img src=x onerror=alert(1)>\u202Eportrait.jpg';

    const response = await uploadPhoto(client, draft.id, 0, await twoToneJpeg(), { name }).expect(200);

    const [row] = await photoRows(draft.id);
    expect(row.storageKey).toMatch(/^traveller-photos\/[0-9a-f]{32}\.jpg$/);
    expect(row.originalName).toBe('<img src=x onerror=alert(1)>portrait.jpg');
    expect((response.body as TravellerPhotoStatus).originalName).toBe(
      '<img src=x onerror=alert(1)>portrait.jpg',
    );
    expect(await photoFolderEntries()).toContain(path.posix.basename(row.storageKey));
  });

  it('removes EXIF and GPS data and turns the photo upright', async () => {
    const original = await twoToneJpeg({ width: 800, height: 600, gps: true, orientation: 6 });
    const originalMetadata = await sharp(original).metadata();
    expect(originalMetadata.exif?.includes('WGS-84')).toBeTrue();
    expect(originalMetadata.orientation).toBe(6);

    await uploadPhoto(client, draft.id, 0, original).expect(200);

    const photo = (await fetchPhoto(client, photoUrl('applicant', draft.id, 0)).expect(200)).body as Buffer;
    const metadata = await sharp(photo).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(metadata.iptc).toBeUndefined();
    expect(metadata.icc).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
    expect(photo.includes('WGS-84')).toBeFalse();
    expect(photo.includes('SmartGate Test Camera')).toBeFalse();
    // Orientation 6 turns the stored image a quarter clockwise: its red top becomes the right side.
    const { data, info } = await sharp(photo).raw().toBuffer({ resolveWithObject: true });
    const red = (x: number, y: number) => data[(y * info.width + x) * info.channels];
    expect(red(560, 400)).toBeGreaterThan(200);
    expect(red(40, 400)).toBeLessThan(60);
  });

  it('replaces a photo and deletes the old file', async () => {
    await uploadPhoto(client, draft.id, 0, await twoToneJpeg()).expect(200);
    const [first] = await photoRows(draft.id);

    await uploadPhoto(client, draft.id, 0, await pngPortrait(), { type: 'image/png' }).expect(200);

    const rows = await photoRows(draft.id);
    expect(rows.length).toBe(1);
    expect(rows[0].storageKey).not.toBe(first.storageKey);
    expect(await photoFolderEntries()).not.toContain(path.posix.basename(first.storageKey));
    expect(await photoFolderEntries()).toContain(path.posix.basename(rows[0].storageKey));
  });

  it('deletes a photo and its file', async () => {
    await uploadPhoto(client, draft.id, 0, await twoToneJpeg()).expect(200);
    const [row] = await photoRows(draft.id);

    await client.delete(photoUrl('applicant', draft.id, 0)).expect(204);

    expect(await photoRows(draft.id)).toEqual([]);
    expect(await photoFolderEntries()).not.toContain(path.posix.basename(row.storageKey));
    await fetchPhoto(client, photoUrl('applicant', draft.id, 0)).expect(404);
  });

  it('hides another applicant’s photos as not found', async () => {
    await uploadPhoto(client, draft.id, 0, await twoToneJpeg()).expect(200);
    const { client: other } = await signedInApplicant();

    await uploadPhoto(other, draft.id, 0, await twoToneJpeg()).expect(404);
    await fetchPhoto(other, photoUrl('applicant', draft.id, 0)).expect(404);
    await other.delete(photoUrl('applicant', draft.id, 0)).expect(404);
    expect((await photoRows(draft.id)).length).toBe(1);
  });

  it('returns 404 for a missing traveller', async () => {
    await uploadPhoto(client, draft.id, 1, await twoToneJpeg()).expect(404);
    await uploadPhoto(client, draft.id, 10, await twoToneJpeg()).expect(404);
    await fetchPhoto(client, photoUrl('applicant', draft.id, 0)).expect(404);
  });

  it('rejects a body that is not multipart/form-data', async () => {
    const response = await client.put(photoUrl('applicant', draft.id, 0), { photo: 'x' }).expect(415);

    expect((response.body as Problem).type).toBe('/api/problems/unsupported-media-type');
  });

  it('asks for the photo field when the form has none', async () => {
    const response = await client.agent
      .put(photoUrl('applicant', draft.id, 0))
      .set('X-XSRF-TOKEN', client.csrfToken)
      .field('note', 'no file')
      .expect(400);

    expect(firstError(response.body)?.path).toBe('travellers.0.photo');
    expect(firstError(response.body)?.code).toBe('required');
  });

  it('rejects photo changes after submission', async () => {
    await client.post(`${DECLARATIONS}/${draft.id}/submit`, { version: draft.version }).expect(200);

    await uploadPhoto(client, draft.id, 0, await twoToneJpeg()).expect(409);
    await client.delete(photoUrl('applicant', draft.id, 0)).expect(409);
  });
});

describe('traveller photos across draft updates', () => {
  let client: ApiClient;

  beforeEach(async () => {
    ({ client } = await signedInApplicant());
  });

  async function photoBytes(declarationId: string, position: number): Promise<Buffer> {
    return (await fetchPhoto(client, photoUrl('applicant', declarationId, position)).expect(200))
      .body as Buffer;
  }

  it('keeps each photo with its traveller when a companion is removed', async () => {
    const travellers = [
      travellerInput({ fullName: 'Nguyễn Văn An' }),
      travellerInput({ fullName: 'Lê Thị Hoa', documentNumber: 'B2222222' }),
      travellerInput({ fullName: 'Siu Ksor', documentNumber: 'B3333333' }),
    ];
    const created = (await client.post(DECLARATIONS, completeDraft({ travellers })).expect(201))
      .body as DeclarationView;
    await uploadPhoto(client, created.id, 1, await twoToneJpeg()).expect(200);
    await uploadPhoto(client, created.id, 2, await pngPortrait(), {
      name: 'third.png',
      type: 'image/png',
    }).expect(200);
    const thirdPhoto = await photoBytes(created.id, 2);
    const removed = (await photoRows(created.id)).find((row) => row.originalName === 'portrait.jpg')!;

    const withoutSecond = {
      ...created.data,
      travellers: [created.data.travellers[0], created.data.travellers[2]],
    };
    const updated = (
      await client
        .put(`${DECLARATIONS}/${created.id}`, { version: created.version, data: withoutSecond })
        .expect(200)
    ).body as DeclarationView;

    expect(photoStatuses(updated).map((status) => status.hasPhoto)).toEqual([false, true]);
    expect((await photoBytes(created.id, 1)).equals(thirdPhoto)).toBeTrue();
    expect((await photoRows(created.id)).map((row) => row.originalName)).toEqual(['third.png']);
    expect(await photoFolderEntries()).not.toContain(path.posix.basename(removed.storageKey));
  });

  it('drops the photo of a traveller sent back without an id', async () => {
    const created = (await client.post(DECLARATIONS, completeDraft()).expect(201)).body as DeclarationView;
    await uploadPhoto(client, created.id, 0, await twoToneJpeg()).expect(200);

    const withoutIds = { ...created.data, travellers: [travellerInput()] };
    const updated = (
      await client
        .put(`${DECLARATIONS}/${created.id}`, { version: created.version, data: withoutIds })
        .expect(200)
    ).body as DeclarationView;

    expect(photoStatuses(updated).map((status) => status.hasPhoto)).toEqual([false]);
    expect(await photoRows(created.id)).toEqual([]);
  });

  it('keeps the photo when the traveller’s fields change', async () => {
    const created = (await client.post(DECLARATIONS, completeDraft()).expect(201)).body as DeclarationView;
    await uploadPhoto(client, created.id, 0, await twoToneJpeg()).expect(200);

    const renamed = {
      ...created.data,
      travellers: [{ ...created.data.travellers[0], fullName: 'Nguyễn Văn Bình' }],
    };
    const updated = (
      await client
        .put(`${DECLARATIONS}/${created.id}`, { version: created.version, data: renamed })
        .expect(200)
    ).body as DeclarationView;

    expect(photoStatuses(updated).map((status) => status.hasPhoto)).toEqual([true]);
  });
});

describe('traveller photo API documentation', () => {
  it('documents the upload as multipart/form-data', async () => {
    const client = await ApiClient.create();

    const response = await client.get('/api/openapi.json').expect(200);

    const path = response.body.paths['/api/applicant/declarations/{id}/travellers/{position}/photo'];
    expect(Object.keys(path).sort()).toEqual(['delete', 'get', 'put']);
    expect(path.put.requestBody.content['multipart/form-data'].schema.required).toEqual(['photo']);
    expect(Object.keys(path.put.responses)).toContain('413');
    expect(
      response.body.paths['/api/officer/declarations/{id}/travellers/{position}/photo'].get,
    ).toBeDefined();
  });
});
