import type { BusinessDriverView, BusinessPartnerView, BusinessView } from '@smartgate/shared-models';

import type { ApiClient } from '../../test/api-client';
import { daysFromToday } from '../../test/dates';
import { signedInApplicant, travellerInput } from '../../test/factories';
import { BUSINESSES, registeredBusiness } from './business.fixtures';

describe('business drivers', () => {
  let client: ApiClient;
  let business: BusinessView;

  beforeEach(async () => {
    ({ client } = await signedInApplicant('en'));
    business = await registeredBusiness(client);
  });

  function drivers(): string {
    return `${BUSINESSES}/${business.id}/drivers`;
  }

  it('saves a driver with the traveller fields, normalized as for travellers', async () => {
    const response = await client
      .post(
        drivers(),
        travellerInput({ fullName: '  Nguye\u0302\u0303n  Va\u0306n Tài ', documentNumber: 'c 765 4321' }),
      )
      .expect(201);

    const driver = response.body as BusinessDriverView;
    expect(driver.traveller.fullName).toBe('Nguyễn Văn Tài');
    expect(driver.traveller.documentNumber).toBe('C7654321');
    expect(driver.documentExpired).toBeFalse();
    expect(driver.version).toBe(1);
  });

  it('applies the document rules of travellers', async () => {
    const response = await client
      .post(
        drivers(),
        travellerInput({ fullName: 'Lê 2', documentNumber: '!!', dateOfBirth: daysFromToday(1) }),
      )
      .expect(400);

    const codes = (response.body.errors as { path: string; code: string }[]).map(
      (e) => `${e.path}:${e.code}`,
    );
    expect(codes).toContain('fullName:invalidName');
    expect(codes).toContain('documentNumber:invalidDocumentNumber');
    expect(codes).toContain('dateOfBirth:dateInFuture');
  });

  it('stores an expired document and flags it', async () => {
    const response = await client
      .post(drivers(), travellerInput({ documentExpiryDate: daysFromToday(-3) }))
      .expect(201);

    expect(response.body.documentExpired).toBeTrue();
  });

  it('rejects a second driver with the same document', async () => {
    await client.post(drivers(), travellerInput()).expect(201);

    const response = await client.post(drivers(), travellerInput({ fullName: 'Trần Văn Khác' })).expect(400);

    expect(response.body.errors).toEqual([
      jasmine.objectContaining({ path: 'documentNumber', code: 'duplicateBusinessDriver' }),
    ]);
  });

  it('updates with paths inside the traveller and a version lock', async () => {
    const created = (await client.post(drivers(), travellerInput()).expect(201)).body as BusinessDriverView;

    const invalid = await client
      .put(`${drivers()}/${created.id}`, { version: 1, traveller: travellerInput({ sex: 'x' as never }) })
      .expect(400);
    await client
      .put(`${drivers()}/${created.id}`, {
        version: 1,
        traveller: travellerInput({ fullName: 'Đinh Văn Sơn' }),
      })
      .expect(200);
    await client.put(`${drivers()}/${created.id}`, { version: 1, traveller: travellerInput() }).expect(409);

    expect(invalid.body.errors[0].path).toBe('sex');
    const stored = await client.get(`${drivers()}/${created.id}`).expect(200);
    expect(stored.body.traveller.fullName).toBe('Đinh Văn Sơn');
    expect(stored.body.version).toBe(2);
  });

  it('lists drivers by name and deletes one at its version', async () => {
    await client
      .post(drivers(), travellerInput({ fullName: 'Đinh Văn Sơn', documentNumber: 'C0000001' }))
      .expect(201);
    const created = await client
      .post(drivers(), travellerInput({ fullName: 'Dương Văn An', documentNumber: 'C0000002' }))
      .expect(201);

    const listed = await client.get(drivers()).expect(200);
    await client.delete(`${drivers()}/${created.body.id}?version=1`).expect(204);
    const remaining = await client.get(drivers()).expect(200);

    const names = (listed.body as BusinessDriverView[]).map((driver) => driver.traveller.fullName);
    expect(names).toEqual(['Dương Văn An', 'Đinh Văn Sơn']);
    expect((remaining.body as BusinessDriverView[]).map((driver) => driver.traveller.fullName)).toEqual([
      'Đinh Văn Sơn',
    ]);
  });
});

describe('business partners', () => {
  let client: ApiClient;
  let business: BusinessView;

  beforeEach(async () => {
    ({ client } = await signedInApplicant('en'));
    business = await registeredBusiness(client);
  });

  function partners(): string {
    return `${BUSINESSES}/${business.id}/partners`;
  }

  it('saves, lists, updates and deletes a partner', async () => {
    const created = await client
      .post(partners(), { name: ' Ratanak Agro Co., Ltd. ', address: 'Banlung, Ratanakiri', country: 'khm' })
      .expect(201);
    const partner = created.body as BusinessPartnerView;
    expect(partner.name).toBe('Ratanak Agro Co., Ltd.');
    expect(partner.country).toBe('KHM');

    const updated = await client
      .put(`${partners()}/${partner.id}`, {
        name: 'Ratanak Agro',
        address: 'O Yadav',
        country: 'KHM',
        version: 1,
      })
      .expect(200);
    expect(updated.body.version).toBe(2);
    const listed = await client.get(partners()).expect(200);
    expect(listed.body).toEqual([updated.body]);

    await client.delete(`${partners()}/${partner.id}?version=2`).expect(204);
    const empty = await client.get(partners()).expect(200);
    expect(empty.body).toEqual([]);
  });

  it('rejects a missing name and an unknown country', async () => {
    const response = await client
      .post(partners(), { name: ' ', address: 'Banlung', country: 'XXX' })
      .expect(400);

    const codes = (response.body.errors as { path: string; code: string }[]).map(
      (e) => `${e.path}:${e.code}`,
    );
    expect(codes).toEqual(jasmine.arrayWithExactContents(['name:required', 'country:invalidCountry']));
  });

  it('rejects an update of a stale version', async () => {
    const created = await client.post(partners(), { name: 'A', address: 'B', country: 'KHM' }).expect(201);
    await client
      .put(`${partners()}/${created.body.id}`, { name: 'A2', address: 'B', country: 'KHM', version: 1 })
      .expect(200);

    const response = await client
      .put(`${partners()}/${created.body.id}`, { name: 'A3', address: 'B', country: 'KHM', version: 1 })
      .expect(409);

    expect(response.body.detail).toContain('reload');
  });
});
