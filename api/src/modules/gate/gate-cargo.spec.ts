import type { IssuedPlateCamera, PlateReadEvent } from '@smartgate/shared-models';
import supertest from 'supertest';

import { testEnvironment } from '../../test/test-environment';
import { cassavaLine, makeCargo, type CargoOptions } from '../results/result-cargo.fixtures';
import { ENTRY_LANE, GATE, deskOfficer, issuedRecord, lookUp } from './gate-fixtures';

/** Issues a camera of Lệ Thanh's truck lane and returns it with its key. */
async function issueCamera(laneCode: string): Promise<IssuedPlateCamera> {
  const { client } = await deskOfficer('administrator');
  const response = await client
    .post('/api/officer/admin/cameras', { cameraName: `Camera xe tải ${laneCode}`, gateCode: 'LT', laneCode })
    .expect(201);
  return response.body as IssuedPlateCamera;
}

/** An issued import of dried cassava (28.4 t gross over two lines) for today, with the given plates. */
async function issuedConsignment(options: CargoOptions) {
  const record = await issuedRecord();
  await makeCargo(testEnvironment().sequelize, record.declarationId, {
    goodsLines: [
      cassavaLine({ netWeightKg: '20000', grossWeightKg: '20100.5' }),
      cassavaLine({
        description: 'Hạt điều thô',
        netWeightKg: '8200',
        grossWeightKg: '8299.5',
        value: '9000.5',
      }),
    ],
    ...options,
  });
  return record;
}

async function postRead(camera: IssuedPlateCamera, plate: string) {
  return supertest(testEnvironment().server)
    .post('/api/gate/plate-reads')
    .set('X-Api-Key', camera.apiKey)
    .send({ cameraId: camera.camera.id, plate, confidence: 0.9, capturedAt: new Date().toISOString() })
    .expect(201);
}

async function latestRead(plateReadId: number): Promise<PlateReadEvent | undefined> {
  const { client } = await deskOfficer();
  const listed = await client.get(`${GATE}/plate-reads?gate=LT`).expect(200);
  return (listed.body as PlateReadEvent[]).find((event) => event.id === plateReadId);
}

describe('gate desk for cargo', () => {
  it('matches the trailer plate with its goods', async () => {
    const camera = await issueCamera('X1');
    const record = await issuedConsignment({
      trailerPlateNumber: '81R-045.67',
      trailerPlateSearchKey: '81R04567',
    });

    const read = await postRead(camera, '81r 045.67');
    const listed = await latestRead(read.body.id as number);

    expect(read.body.matchCount).toBe(1);
    expect(listed?.matches).toEqual([
      {
        declarationId: record.declarationId,
        resultNumber: record.resultNumber,
        travellerCount: 1,
        goods: { grossWeightTonnes: '28.4', firstDescription: 'Sắn lát khô', lineCount: 2 },
      },
    ]);
  });

  it('matches the truck plate', async () => {
    const camera = await issueCamera('X2');
    const record = await issuedConsignment({ plateNumber: '81C-246.80', plateSearchKey: '81C24680' });

    const read = await postRead(camera, '81C-246.80');
    const listed = await latestRead(read.body.id as number);

    expect(listed?.matches.map((match) => match.declarationId)).toEqual([record.declarationId]);
    expect(listed?.matches[0].goods?.grossWeightTonnes).toBe('28.4');
  });

  it('shows vehicle, trailer and totals at the lane', async () => {
    const record = await issuedConsignment({ plateNumber: '81C-135.79', plateSearchKey: '81C13579' });
    const { client } = await deskOfficer();

    const view = await lookUp(client, record.resultNumber, ENTRY_LANE);

    const cargo = view.record?.cargo;
    expect(view.verdict).toBe('valid');
    expect(cargo?.businessName).toBe('Công ty TNHH Nông sản Đức Cơ');
    expect(cargo?.vehicle.plateNumber).toBe('81C-135.79');
    expect(cargo?.vehicle.kind).toBe('tractor_unit');
    expect(cargo?.vehicle.transportLicenceNumber).toBe('VN-KH 0123/2026');
    expect(cargo?.trailer).toEqual({ plateNumber: '81R-012.34', plateCountry: 'VNM' });
    expect(cargo?.totals.grossWeightKg).toBe('28400');
    expect(cargo?.totals.grossWeightTonnes).toBe('28.4');
    expect(cargo?.totals.values).toEqual([{ currency: 'USD', amount: '9250.5' }]);
    expect(cargo?.goods).toEqual({
      grossWeightTonnes: '28.4',
      firstDescription: 'Sắn lát khô',
      lineCount: 2,
    });
  });

  it('shows no cargo for travellers', async () => {
    const record = await issuedRecord();
    const { client } = await deskOfficer();

    const view = await lookUp(client, record.resultNumber);

    expect(view.record?.cargo).toBeNull();
  });
});
