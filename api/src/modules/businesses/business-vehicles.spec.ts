import type { BusinessVehicleView, BusinessView } from '@smartgate/shared-models';

import type { ApiClient } from '../../test/api-client';
import { daysFromToday } from '../../test/dates';
import { signedInApplicant } from '../../test/factories';
import { BUSINESSES, registeredBusiness } from './business.fixtures';

function truck(overrides: Record<string, unknown> = {}) {
  return {
    vehicleType: 'truck',
    plateCountry: 'VNM',
    plateNumber: '81c 123 45',
    transportLicenceNumber: 'VN-KH 012345',
    transportLicenceExpiry: daysFromToday(200),
    ...overrides,
  };
}

describe('business vehicles', () => {
  let client: ApiClient;
  let business: BusinessView;

  beforeEach(async () => {
    ({ client } = await signedInApplicant('en'));
    business = await registeredBusiness(client);
  });

  function vehicles(): string {
    return `${BUSINESSES}/${business.id}/vehicles`;
  }

  it('saves a truck with its plate as printed and its licence', async () => {
    const response = await client.post(vehicles(), truck()).expect(201);

    const vehicle = response.body as BusinessVehicleView;
    expect(vehicle.plateNumber).toBe('81C-123.45');
    expect(vehicle.plateSearchKey).toBe('81C12345');
    expect(vehicle.transportLicenceNumber).toBe('VN-KH 012345');
    expect(vehicle.transportLicenceExpiry).toBe(daysFromToday(200));
    expect(vehicle.licenceExpired).toBeFalse();
    const fetched = await client.get(`${vehicles()}/${vehicle.id}`).expect(200);
    expect(fetched.body).toEqual(vehicle);
  });

  it('requires series R on a Vietnamese trailer', async () => {
    await client
      .post(vehicles(), truck({ vehicleType: 'semi_trailer', plateNumber: '81R-012.34' }))
      .expect(201);

    const response = await client
      .post(vehicles(), truck({ vehicleType: 'trailer', plateNumber: '81C-987.65' }))
      .expect(400);

    expect(response.body.errors).toEqual([
      jasmine.objectContaining({ path: 'plateNumber', code: 'invalidVietnamPlate' }),
    ]);
  });

  it('keeps the trailer series off a truck', async () => {
    const response = await client.post(vehicles(), truck({ plateNumber: '81R-012.34' })).expect(400);

    expect(response.body.errors[0].code).toBe('invalidVietnamPlate');
  });

  it('takes a Cambodian plate as free text', async () => {
    const response = await client
      .post(vehicles(), truck({ plateCountry: 'khm', plateNumber: 'រតនគិរី 3A-1234' }))
      .expect(201);

    expect(response.body.plateCountry).toBe('KHM');
    expect(response.body.plateNumber).toBe('រតនគិរី 3A-1234');
    expect(response.body.plateSearchKey).toBe('3A1234');
  });

  it('rejects a second vehicle with the same plate, however typed', async () => {
    await client.post(vehicles(), truck()).expect(201);

    const response = await client.post(vehicles(), truck({ plateNumber: '81C-12345' })).expect(400);

    expect(response.body.errors).toEqual([
      jasmine.objectContaining({ path: 'plateNumber', code: 'duplicateBusinessVehicle' }),
    ]);
  });

  it('lets another business keep the same plate', async () => {
    const other = await registeredBusiness(client);
    await client.post(vehicles(), truck()).expect(201);

    await client.post(`${BUSINESSES}/${other.id}/vehicles`, truck()).expect(201);
  });

  it('stores an expired licence and flags it', async () => {
    const response = await client
      .post(vehicles(), truck({ transportLicenceExpiry: daysFromToday(-1) }))
      .expect(201);

    expect(response.body.licenceExpired).toBeTrue();
  });

  it('treats a licence as valid on its last day', async () => {
    const response = await client
      .post(vehicles(), truck({ transportLicenceExpiry: daysFromToday(0) }))
      .expect(201);

    expect(response.body.licenceExpired).toBeFalse();
  });

  it('asks for the licence number and expiry together', async () => {
    const response = await client
      .post(vehicles(), truck({ transportLicenceNumber: '', transportLicenceExpiry: daysFromToday(5) }))
      .expect(400);

    expect(response.body.errors).toEqual([
      jasmine.objectContaining({ path: 'transportLicenceNumber', code: 'required' }),
    ]);
    await client
      .post(vehicles(), truck({ transportLicenceNumber: undefined, transportLicenceExpiry: undefined }))
      .expect(201);
  });

  it('rejects an unknown vehicle type and an invalid expiry date', async () => {
    const response = await client
      .post(vehicles(), truck({ vehicleType: 'bus', transportLicenceExpiry: '2026-02-30' }))
      .expect(400);

    const codes = (response.body.errors as { path: string; code: string }[]).map(
      (e) => `${e.path}:${e.code}`,
    );
    expect(codes).toContain('vehicleType:invalidOption');
    expect(codes).toContain('transportLicenceExpiry:invalidDate');
  });

  it('updates at the current version and rejects a stale one', async () => {
    const created = (await client.post(vehicles(), truck()).expect(201)).body as BusinessVehicleView;

    const updated = await client
      .put(`${vehicles()}/${created.id}`, { version: 1, vehicle: truck({ vehicleType: 'tractor_unit' }) })
      .expect(200);
    const stale = await client
      .put(`${vehicles()}/${created.id}`, { version: 1, vehicle: truck({ vehicleType: 'van' }) })
      .expect(409);

    expect(updated.body.vehicleType).toBe('tractor_unit');
    expect(updated.body.version).toBe(2);
    expect(stale.body.type).toBe('/api/problems/version-conflict');
  });

  it('reports update errors with paths inside the vehicle', async () => {
    const created = (await client.post(vehicles(), truck()).expect(201)).body as BusinessVehicleView;

    const response = await client
      .put(`${vehicles()}/${created.id}`, { version: 1, vehicle: truck({ plateNumber: 'x' }) })
      .expect(400);

    expect(response.body.errors[0].path).toBe('plateNumber');
  });

  it('deletes at the current version only', async () => {
    const created = (await client.post(vehicles(), truck()).expect(201)).body as BusinessVehicleView;

    await client.delete(`${vehicles()}/${created.id}?version=2`).expect(409);
    await client.delete(`${vehicles()}/${created.id}`).expect(400);
    await client.delete(`${vehicles()}/${created.id}?version=1`).expect(204);

    await client.get(`${vehicles()}/${created.id}`).expect(404);
  });

  it('lists vehicles by plate', async () => {
    await client.post(vehicles(), truck({ plateNumber: '81C-900.00' })).expect(201);
    await client.post(vehicles(), truck({ plateNumber: '81C-100.00' })).expect(201);

    const response = await client.get(vehicles()).expect(200);

    expect((response.body as BusinessVehicleView[]).map((vehicle) => vehicle.plateNumber)).toEqual([
      '81C-100.00',
      '81C-900.00',
    ]);
  });
});
