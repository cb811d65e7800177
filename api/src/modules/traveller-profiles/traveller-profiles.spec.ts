import { MAX_TRAVELLER_PROFILES, type TravellerProfileView } from '@smartgate/shared-models';

import type { ApiClient } from '../../test/api-client';
import { daysFromToday } from '../../test/dates';
import { signedInApplicant, travellerInput } from '../../test/factories';

const PROFILES = '/api/applicant/traveller-profiles';

async function saveProfile(client: ApiClient, overrides = {}): Promise<TravellerProfileView> {
  const response = await client.post(PROFILES, travellerInput(overrides)).expect(201);
  return response.body as TravellerProfileView;
}

describe('traveller profiles', () => {
  let applicant: ApiClient;

  beforeEach(async () => {
    ({ client: applicant } = await signedInApplicant('en'));
  });

  it('saves a traveller and returns it at version 1', async () => {
    const profile = await saveProfile(applicant);

    expect(profile.version).toBe(1);
    expect(profile.traveller).toEqual(travellerInput());
    const fetched = await applicant.get(`${PROFILES}/${profile.id}`).expect(200);
    expect(fetched.body).toEqual(profile);
  });

  it('lists saved travellers in Vietnamese name order', async () => {
    await saveProfile(applicant, { fullName: 'Đặng Văn Bình', documentNumber: 'C0000001' });
    await saveProfile(applicant, { fullName: 'Zhou An', documentNumber: 'C0000002' });
    await saveProfile(applicant, { fullName: 'Dương Thị Mai', documentNumber: 'C0000003' });

    const response = await applicant.get(PROFILES).expect(200);

    const names = (response.body as TravellerProfileView[]).map((profile) => profile.traveller.fullName);
    expect(names).toEqual(['Dương Thị Mai', 'Đặng Văn Bình', 'Zhou An']);
    expect(response.headers['cache-control']).toBe('private, no-store');
  });

  it('normalizes names and document numbers as a declaration does', async () => {
    const profile = await saveProfile(applicant, {
      fullName: '  Nguye\u0302\u0303n   Tro\u0323ng Thie\u0302\u0323n ',
      documentNumber: 'c 123 4567',
    });

    expect(profile.traveller.fullName).toBe('Nguyễn Trọng Thiện');
    expect(profile.traveller.documentNumber).toBe('C1234567');
  });

  it('rejects missing and invalid fields, naming each one', async () => {
    const response = await applicant
      .post(PROFILES, { fullName: 'Lê Hoa 2', sex: 'x', dateOfBirth: daysFromToday(1) })
      .expect(400);

    const errors = response.body.errors as { path: string; code: string; message: string }[];
    expect(errors).toContain(jasmine.objectContaining({ path: 'fullName', code: 'invalidName' }));
    expect(errors).toContain(jasmine.objectContaining({ path: 'sex', code: 'invalidOption' }));
    expect(errors).toContain(jasmine.objectContaining({ path: 'nationality', code: 'required' }));
    expect(errors).toContain(jasmine.objectContaining({ path: 'documentExpiryDate', code: 'required' }));
    expect(errors.find((error) => error.path === 'nationality')?.message).toBe(
      'Nationality is missing. Please fill it in.',
    );
  });

  it('rejects a date of birth in the future', async () => {
    const response = await applicant
      .post(PROFILES, travellerInput({ dateOfBirth: daysFromToday(1) }))
      .expect(400);

    expect(response.body.errors).toEqual([
      jasmine.objectContaining({ path: 'dateOfBirth', code: 'dateInFuture' }),
    ]);
  });

  it('keeps a traveller whose document has already expired', async () => {
    const profile = await saveProfile(applicant, { documentExpiryDate: daysFromToday(-30) });

    expect(profile.traveller.documentExpiryDate).toBe(daysFromToday(-30));
  });

  it('rejects a second traveller with the same document', async () => {
    await saveProfile(applicant, { documentNumber: 'C7777777' });

    const response = await applicant
      .post(PROFILES, travellerInput({ fullName: 'Trần Văn Nam', documentNumber: 'c7777777' }))
      .expect(400);

    expect(response.body.errors).toEqual([
      jasmine.objectContaining({ path: 'documentNumber', code: 'duplicateTravellerProfile' }),
    ]);
  });

  it('updates a traveller and moves it to the next version', async () => {
    const profile = await saveProfile(applicant);

    const response = await applicant
      .put(`${PROFILES}/${profile.id}`, {
        version: 1,
        traveller: travellerInput({ documentNumber: 'B9999999', documentType: 'border_pass' }),
      })
      .expect(200);

    expect(response.body.version).toBe(2);
    expect(response.body.traveller.documentNumber).toBe('B9999999');
    expect(response.body.traveller.documentType).toBe('border_pass');
  });

  it('rejects an update with a stale version and keeps the stored fields', async () => {
    const profile = await saveProfile(applicant);
    await applicant
      .put(`${PROFILES}/${profile.id}`, { version: 1, traveller: travellerInput({ fullName: 'Lê Văn Tám' }) })
      .expect(200);

    const response = await applicant
      .put(`${PROFILES}/${profile.id}`, {
        version: 1,
        traveller: travellerInput({ fullName: 'Lê Văn Chín' }),
      })
      .expect(409);

    expect(response.body.type).toBe('/api/problems/version-conflict');
    const stored = await applicant.get(`${PROFILES}/${profile.id}`).expect(200);
    expect(stored.body.traveller.fullName).toBe('Lê Văn Tám');
  });

  it('reports invalid update fields relative to the traveller', async () => {
    const profile = await saveProfile(applicant);

    const response = await applicant
      .put(`${PROFILES}/${profile.id}`, { version: 1, traveller: travellerInput({ documentNumber: '12' }) })
      .expect(400);

    expect(response.body.errors).toEqual([
      jasmine.objectContaining({ path: 'documentNumber', code: 'invalidDocumentNumber' }),
    ]);
  });

  it('rejects an update that takes the document of another saved traveller', async () => {
    await saveProfile(applicant, { documentNumber: 'C1111111' });
    const second = await saveProfile(applicant, { documentNumber: 'C2222222' });

    const response = await applicant
      .put(`${PROFILES}/${second.id}`, {
        version: 1,
        traveller: travellerInput({ documentNumber: 'C1111111' }),
      })
      .expect(400);

    expect(response.body.errors[0].code).toBe('duplicateTravellerProfile');
  });

  it('lets an update keep its own document', async () => {
    const profile = await saveProfile(applicant);

    await applicant
      .put(`${PROFILES}/${profile.id}`, { version: 1, traveller: travellerInput({ fullName: 'Lê Văn Tám' }) })
      .expect(200);
  });

  it('deletes a traveller at the current version', async () => {
    const profile = await saveProfile(applicant);

    await applicant.delete(`${PROFILES}/${profile.id}?version=1`).expect(204);

    await applicant.get(`${PROFILES}/${profile.id}`).expect(404);
    const list = await applicant.get(PROFILES).expect(200);
    expect(list.body).toEqual([]);
  });

  it('keeps a traveller when the delete names a stale version', async () => {
    const profile = await saveProfile(applicant);
    await applicant
      .put(`${PROFILES}/${profile.id}`, { version: 1, traveller: travellerInput({ fullName: 'Lê Văn Tám' }) })
      .expect(200);

    await applicant.delete(`${PROFILES}/${profile.id}?version=1`).expect(409);

    await applicant.get(`${PROFILES}/${profile.id}`).expect(200);
  });

  it('requires the version to delete', async () => {
    const profile = await saveProfile(applicant);

    const response = await applicant.delete(`${PROFILES}/${profile.id}`).expect(400);

    expect(response.body.errors).toEqual([jasmine.objectContaining({ path: 'version', code: 'required' })]);
  });

  it(`accepts ${MAX_TRAVELLER_PROFILES} travellers and rejects one more`, async () => {
    for (let index = 0; index < MAX_TRAVELLER_PROFILES; index++) {
      await saveProfile(applicant, { documentNumber: `C${String(index).padStart(7, '0')}` });
    }

    const response = await applicant
      .post(PROFILES, travellerInput({ documentNumber: 'D0000000' }))
      .expect(409);

    expect(response.body.type).toBe('/api/problems/limit-reached');
    expect(response.body.detail).toContain(String(MAX_TRAVELLER_PROFILES));
    const list = await applicant.get(PROFILES).expect(200);
    expect(list.body.length).toBe(MAX_TRAVELLER_PROFILES);
  });

  it('lets concurrent saves pass the limit no further', async () => {
    for (let index = 0; index < MAX_TRAVELLER_PROFILES - 1; index++) {
      await saveProfile(applicant, { documentNumber: `C${String(index).padStart(7, '0')}` });
    }

    const responses = await Promise.all(
      ['D0000001', 'D0000002', 'D0000003'].map((documentNumber) =>
        applicant.post(PROFILES, travellerInput({ documentNumber })),
      ),
    );

    expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409]);
  });

  it('answers in Vietnamese when the applicant asks for it', async () => {
    const { client } = await signedInApplicant('vi');

    const response = await client.post(PROFILES, { ...travellerInput(), nationality: undefined }).expect(400);

    expect(response.body.errors[0].message).toBe('Quốc tịch: chưa nhập. Vui lòng điền thông tin này.');
  });
});
