import type { IssuedPlateCamera, PlateReadSubmission } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';
import supertest from 'supertest';

import { testEnvironment } from '../../test/test-environment';
import { PLATE_READS_PER_SECOND } from './plate-reads.routes';
import { deskOfficer, issuedRecord } from './gate-fixtures';

const PLATE_READS = '/api/gate/plate-reads';

/** Issues a camera of Lệ Thanh's vehicle lane through the administrators' API. */
async function issueCamera(): Promise<IssuedPlateCamera> {
  const { client } = await deskOfficer('administrator');
  const response = await client
    .post('/api/officer/admin/cameras', { cameraName: 'Camera làn xe 2', gateCode: 'LT', laneCode: 'X2' })
    .expect(201);
  return response.body as IssuedPlateCamera;
}

function plateRead(cameraId: string, overrides: Partial<PlateReadSubmission> = {}): PlateReadSubmission {
  return {
    cameraId,
    plate: '81A-123.45',
    confidence: 0.93,
    capturedAt: new Date().toISOString(),
    ...overrides,
  };
}

function postRead(apiKey: string, body: unknown) {
  return supertest(testEnvironment().server)
    .post(PLATE_READS)
    .set('Authorization', `Bearer ${apiKey}`)
    .send(body as object);
}

async function storedReads(cameraId: string) {
  return testEnvironment().sequelize.query<{ id: string; plateSearchKey: string; matches: string[] }>(
    `SELECT id, plate_search_key AS "plateSearchKey", matched_declaration_ids AS matches
     FROM plate_reads WHERE camera_id = :cameraId ORDER BY id`,
    { replacements: { cameraId }, type: QueryTypes.SELECT },
  );
}

describe('POST /api/gate/plate-reads', () => {
  it('stores a read and matches it with a declaration of today', async () => {
    const { camera, apiKey } = await issueCamera();
    const record = await issuedRecord({ plate: '81A-987.65' });

    const response = await postRead(apiKey, plateRead(camera.id, { plate: '81a 987 65' })).expect(201);

    expect(response.body.matchCount).toBe(1);
    const [stored] = await storedReads(camera.id);
    expect(stored.plateSearchKey).toBe('81A98765');
    expect(stored.matches).toEqual([record.declarationId]);
  });

  it('stores an unmatched read too', async () => {
    const { camera, apiKey } = await issueCamera();

    const response = await postRead(apiKey, plateRead(camera.id, { plate: '51G-000.01' })).expect(201);

    expect(response.body.matchCount).toBe(0);
    expect((await storedReads(camera.id)).length).toBe(1);
  });

  it('accepts the key in X-Api-Key', async () => {
    const { camera, apiKey } = await issueCamera();

    await supertest(testEnvironment().server)
      .post(PLATE_READS)
      .set('X-Api-Key', apiKey)
      .send(plateRead(camera.id))
      .expect(201);
  });

  it('rejects an unknown key with 401', async () => {
    const { camera } = await issueCamera();

    const response = await postRead('sgcam_not-a-key-anyone-issued', plateRead(camera.id)).expect(401);

    expect(response.headers['www-authenticate']).toContain('Bearer');
    expect(response.body.type).toBe('/api/problems/unauthenticated');
    expect((await storedReads(camera.id)).length).toBe(0);
  });

  it('rejects a request without a key with 401', async () => {
    const { camera } = await issueCamera();

    await supertest(testEnvironment().server).post(PLATE_READS).send(plateRead(camera.id)).expect(401);
  });

  it('rejects a revoked key with 401', async () => {
    const { client } = await deskOfficer('administrator');
    const issued = await client
      .post('/api/officer/admin/cameras', { cameraName: 'Camera cũ', gateCode: 'LT' })
      .expect(201);
    const { camera, apiKey } = issued.body as IssuedPlateCamera;
    await postRead(apiKey, plateRead(camera.id)).expect(201);

    await client.post(`/api/officer/admin/cameras/${camera.id}/revoke`, {}).expect(200);

    await postRead(apiKey, plateRead(camera.id)).expect(401);
    expect((await storedReads(camera.id)).length).toBe(1);
  });

  it('rejects a plate of 200 characters with 422', async () => {
    const { camera, apiKey } = await issueCamera();

    const response = await postRead(apiKey, plateRead(camera.id, { plate: '8'.repeat(200) })).expect(422);

    expect(response.body.errors[0].path).toBe('plate');
    expect(response.body.errors[0].code).toBe('tooLong');
    expect((await storedReads(camera.id)).length).toBe(0);
  });

  it('rejects a confidence above 1 and a time without zone', async () => {
    const { camera, apiKey } = await issueCamera();

    const response = await postRead(
      apiKey,
      plateRead(camera.id, { confidence: 1.5, capturedAt: '2026-12-05 08:00' }),
    ).expect(422);

    const paths = (response.body.errors as { path: string }[]).map((error) => error.path).sort();
    expect(paths).toEqual(['capturedAt', 'confidence']);
  });

  it("rejects a read in another camera's name with 403", async () => {
    const first = await issueCamera();
    const second = await issueCamera();

    await postRead(first.apiKey, plateRead(second.camera.id)).expect(403);

    expect((await storedReads(second.camera.id)).length).toBe(0);
  });

  it('limits a camera to 20 reads a second and stores every accepted one', async () => {
    const { camera, apiKey } = await issueCamera();
    const started = Date.now();

    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, index) =>
        postRead(apiKey, plateRead(camera.id, { plate: `81C-100.${String(index).padStart(2, '0')}` })),
      ),
    );

    const elapsedSeconds = (Date.now() - started) / 1_000;
    const accepted = responses.filter((response) => response.status === 201);
    const limited = responses.filter((response) => response.status === 429);
    expect(accepted.length + limited.length).toBe(100);
    expect(limited.length).toBeGreaterThan(0);
    expect(accepted.length).toBeGreaterThanOrEqual(PLATE_READS_PER_SECOND);
    expect(accepted.length).toBeLessThanOrEqual(PLATE_READS_PER_SECOND * Math.ceil(elapsedSeconds + 1));

    const stored = await storedReads(camera.id);
    expect(stored.map((read) => Number(read.id)).sort()).toEqual(
      accepted.map((response) => response.body.id as number).sort(),
    );
  });
});
