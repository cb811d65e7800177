import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { IssuedPlateCamera, PlateReadEvent } from '@smartgate/shared-models';
import supertest from 'supertest';

import { testEnvironment } from '../../test/test-environment';
import { GATE, OTHER_GATE_LANE, deskOfficer, ensureOtherGate, issuedRecord } from './gate-fixtures';

/** An open event stream of the lane screen, collecting what the server sends. */
interface EventStream {
  response: IncomingMessage;
  received: () => string;
  close: () => void;
}

function openEventStream(path: string, cookie: string): Promise<EventStream> {
  const { port } = testEnvironment().server.address() as AddressInfo;
  let text = '';
  let request: ClientRequest;

  return new Promise((resolve, reject) => {
    request = httpRequest(
      { host: '127.0.0.1', port, path, headers: { Cookie: cookie, Accept: 'text/event-stream' } },
      (response) => {
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        resolve({ response, received: () => text, close: () => request.destroy() });
      },
    );
    request.on('error', reject);
    request.end();
  });
}

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`The condition was not met within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function plateReadEvents(text: string): PlateReadEvent[] {
  return text
    .split('\n\n')
    .filter((block) => block.includes('event: plate-read'))
    .map(
      (block) =>
        JSON.parse(
          block
            .split('\n')
            .find((line) => line.startsWith('data: '))!
            .slice(6),
        ) as PlateReadEvent,
    );
}

describe('GET /api/officer/gate/events', () => {
  it('sends a matched plate read live, without personal data', async () => {
    const admin = await deskOfficer('administrator');
    const { camera, apiKey } = (
      await admin.client
        .post('/api/officer/admin/cameras', { cameraName: 'Camera X1', gateCode: 'LT', laneCode: 'X1' })
        .expect(201)
    ).body as IssuedPlateCamera;
    const record = await issuedRecord({ plate: '81C-555.66' });
    const officer = await deskOfficer();
    const stream = await openEventStream(`${GATE}/events?gate=LT`, officer.cookie);

    try {
      expect(stream.response.statusCode).toBe(200);
      expect(stream.response.headers['content-type']).toContain('text/event-stream');
      await supertest(testEnvironment().server)
        .post('/api/gate/plate-reads')
        .set('X-Api-Key', apiKey)
        .send({
          cameraId: camera.id,
          plate: '81C 555 66',
          confidence: 0.8,
          capturedAt: new Date().toISOString(),
        })
        .expect(201);

      await waitFor(() => plateReadEvents(stream.received()).length > 0);
      const [event] = plateReadEvents(stream.received());
      expect(event.laneCode).toBe('X1');
      expect(event.plate).toBe('81C 555 66');
      expect(event.matches).toEqual([
        { declarationId: record.declarationId, resultNumber: record.resultNumber, travellerCount: 1 },
      ]);
      expect(stream.received()).not.toContain('C1234567');
      expect(stream.received()).not.toContain('Nguyễn');
    } finally {
      stream.close();
    }
  });

  it('opens a matched read as a lookup with the plate method', async () => {
    const admin = await deskOfficer('administrator');
    const { camera, apiKey } = (
      await admin.client
        .post('/api/officer/admin/cameras', { cameraName: 'Camera X2', gateCode: 'LT', laneCode: 'X2' })
        .expect(201)
    ).body as IssuedPlateCamera;
    const record = await issuedRecord({ plate: '81C-777.88' });
    const read = await supertest(testEnvironment().server)
      .post('/api/gate/plate-reads')
      .set('X-Api-Key', apiKey)
      .send({ cameraId: camera.id, plate: '81C77788', confidence: 0.9, capturedAt: new Date().toISOString() })
      .expect(201);
    const { client } = await deskOfficer();

    const listed = await client.get(`${GATE}/plate-reads?gate=LT`).expect(200);
    const view = await client
      .post(`${GATE}/lookups`, {
        gateCode: 'LT',
        laneCode: 'X2',
        source: 'plate',
        plateReadId: read.body.id,
        declarationId: record.declarationId,
      })
      .expect(200);

    expect((listed.body as PlateReadEvent[]).some((event) => event.id === read.body.id)).toBeTrue();
    expect(view.body.method).toBe('plate');
    expect(view.body.verdict).toBe('valid');
    expect(view.body.record.vehicle.plateNumber).toBe('81C-777.88');
  });

  it('rejects a gate the officer is not assigned to', async () => {
    await ensureOtherGate();
    const officer = await deskOfficer('gate_officer', [OTHER_GATE_LANE.gateCode]);

    await officer.client.get(`${GATE}/events?gate=LT`).expect(403);
  });

  it('rejects a request without a session', async () => {
    await supertest(testEnvironment().server).get(`${GATE}/events?gate=LT`).expect(401);
  });
});
