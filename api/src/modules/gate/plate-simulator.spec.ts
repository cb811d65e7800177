import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import type { IssuedPlateCamera } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { REPO_ROOT } from '../../lib/config';
import { testEnvironment } from '../../test/test-environment';
import { deskOfficer } from './gate-fixtures';

const run = promisify(execFile);
const SIMULATOR = path.join(REPO_ROOT, 'scripts/simulate-plates.mjs');

describe('plate read simulator', () => {
  let directory: string;

  beforeEach(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'sg-plates-'));
  });

  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  async function readsFile(reads: unknown): Promise<string> {
    const file = path.join(directory, 'reads.json');
    await writeFile(file, JSON.stringify(reads));
    return file;
  }

  it('replays every read of the file', async () => {
    const { client } = await deskOfficer('administrator');
    const { camera, apiKey } = (
      await client
        .post('/api/officer/admin/cameras', { cameraName: 'Camera mô phỏng', gateCode: 'LT' })
        .expect(201)
    ).body as IssuedPlateCamera;
    const { port } = testEnvironment().server.address() as AddressInfo;
    const file = await readsFile([
      { plate: '81A-111.22', confidence: 0.9 },
      { plate: '81A-333.44', confidence: 0.8, delayMs: 50 },
    ]);

    const { stdout } = await run(process.execPath, [
      SIMULATOR,
      '--file',
      file,
      '--url',
      `http://127.0.0.1:${port}`,
      '--key',
      apiKey,
      '--camera-id',
      camera.id,
    ]);

    expect(stdout).toContain('2 accepted, 0 rejected');
    const stored = await testEnvironment().sequelize.query<{ plate: string }>(
      `SELECT plate_text AS plate FROM plate_reads WHERE camera_id = :cameraId ORDER BY id`,
      { replacements: { cameraId: camera.id }, type: QueryTypes.SELECT },
    );
    expect(stored.map((read) => read.plate)).toEqual(['81A-111.22', '81A-333.44']);
  });

  it('refuses a host other than this machine', async () => {
    const file = await readsFile([{ plate: '81A-111.22', confidence: 0.9, cameraId: 'x' }]);

    const failure = await run(process.execPath, [
      SIMULATOR,
      '--file',
      file,
      '--url',
      'http://gate.example.org',
      '--key',
      'k',
    ]).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );

    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain('--allow-remote-host');
  });

  it('names a read without a plate', async () => {
    const file = await readsFile([{ confidence: 0.9, cameraId: 'x' }]);

    const failure = await run(process.execPath, [SIMULATOR, '--file', file, '--key', 'k']).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );

    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain('Read 1 has no "plate" text.');
  });
});
