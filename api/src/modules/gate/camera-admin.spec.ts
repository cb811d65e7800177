import type { IssuedPlateCamera, PlateCameraView } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { testEnvironment } from '../../test/test-environment';
import { hashCameraKey } from './camera-keys';
import { deskOfficer } from './gate-fixtures';

const CAMERAS = '/api/officer/admin/cameras';

describe('/api/officer/admin/cameras', () => {
  it('shows a new key once and stores only its hash', async () => {
    const { client } = await deskOfficer('administrator');

    const response = await client
      .post(CAMERAS, { cameraName: 'Camera cổng 1', gateCode: 'lt', laneCode: 'X1' })
      .expect(201);

    const { camera, apiKey } = response.body as IssuedPlateCamera;
    expect(apiKey).toMatch(/^sgcam_[A-Za-z0-9_-]{43}$/);
    expect(camera.gateCode).toBe('LT');
    expect(camera.keyPrefix).toBe(apiKey.slice(0, 12));
    const [stored] = await testEnvironment().sequelize.query<{ keyHash: string }>(
      `SELECT key_hash AS "keyHash" FROM plate_cameras WHERE id = :id`,
      { replacements: { id: camera.id }, type: QueryTypes.SELECT },
    );
    expect(stored.keyHash).toBe(hashCameraKey(apiKey));
    const list = (await client.get(CAMERAS).expect(200)).body as PlateCameraView[];
    expect(JSON.stringify(list)).not.toContain(apiKey);
    expect(list.some((listed) => listed.id === camera.id)).toBeTrue();
  });

  it('revokes a key and audits both steps', async () => {
    const { client, id } = await deskOfficer('administrator');
    const issued = (await client.post(CAMERAS, { cameraName: 'Camera cổng 2', gateCode: 'LT' }).expect(201))
      .body as IssuedPlateCamera;

    const response = await client.post(`${CAMERAS}/${issued.camera.id}/revoke`, {}).expect(200);

    expect((response.body as PlateCameraView).revokedAt).not.toBeNull();
    const actions = await testEnvironment().sequelize.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE actor_id = :id AND action LIKE 'camera.%' ORDER BY id`,
      { replacements: { id }, type: QueryTypes.SELECT },
    );
    expect(actions.map((row) => row.action)).toEqual(['camera.key.issued', 'camera.key.revoked']);
  });

  it('names a lane that the gate does not have', async () => {
    const { client } = await deskOfficer('administrator');

    const response = await client
      .post(CAMERAS, { cameraName: 'Camera', gateCode: 'LT', laneCode: '77' })
      .expect(400);

    expect(response.body.errors[0].path).toBe('laneCode');
  });

  it('is for administrators only', async () => {
    const { client } = await deskOfficer('supervisor');

    await client.get(CAMERAS).expect(403);
    await client.post(CAMERAS, { cameraName: 'Camera', gateCode: 'LT' }).expect(403);
  });

  it('returns 404 for revoking an unknown camera', async () => {
    const { client } = await deskOfficer('administrator');

    await client.post(`${CAMERAS}/00000000-0000-4000-8000-000000000000/revoke`, {}).expect(404);
  });
});
