import { ApiClient } from '../../test/api-client';
import { signedInApplicant, signedInOfficer, travellerInput } from '../../test/factories';

const PROFILES = '/api/applicant/traveller-profiles';

describe('traveller profile access', () => {
  it("hides another applicant's traveller behind 404", async () => {
    const owner = await signedInApplicant();
    const other = await signedInApplicant();
    const created = await owner.client.post(PROFILES, travellerInput()).expect(201);
    const path = `${PROFILES}/${created.body.id}`;

    const responses = await Promise.all([
      other.client.get(path),
      other.client.put(path, { version: 1, traveller: travellerInput({ fullName: 'Kẻ Lạ' }) }),
      other.client.delete(`${path}?version=1`),
    ]);

    for (const response of responses) {
      expect(response.status).withContext(`${response.request.method} ${response.request.url}`).toBe(404);
      expect(response.body.type).toBe('/api/problems/not-found');
    }
    const stored = await owner.client.get(path).expect(200);
    expect(stored.body.traveller.fullName).toBe(travellerInput().fullName);
  });

  it("leaves another applicant's travellers out of my list", async () => {
    const owner = await signedInApplicant();
    const other = await signedInApplicant();
    await owner.client.post(PROFILES, travellerInput()).expect(201);

    const response = await other.client.get(PROFILES).expect(200);

    expect(response.body).toEqual([]);
  });

  it('lets two applicants save the same document', async () => {
    const first = await signedInApplicant();
    const second = await signedInApplicant();

    await first.client.post(PROFILES, travellerInput()).expect(201);
    await second.client.post(PROFILES, travellerInput()).expect(201);
  });

  it('answers a malformed id with 404', async () => {
    const { client } = await signedInApplicant();

    await client.get(`${PROFILES}/not-a-uuid`).expect(404);
  });

  it('is documented in the OpenAPI document', async () => {
    const client = await ApiClient.create();

    const response = await client.get('/api/openapi.json').expect(200);

    const paths = response.body.paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths[PROFILES])).toEqual(['get', 'post']);
    expect(Object.keys(paths[`${PROFILES}/{id}`])).toEqual(['get', 'put', 'delete']);
    expect(paths['/api/applicant/declarations/{id}/repeat']['post']).toBeDefined();
  });

  it('requires an applicant session', async () => {
    const anonymous = await ApiClient.create();
    const { client: officer } = await signedInOfficer();

    await anonymous.get(PROFILES).expect(401);
    await anonymous.post(PROFILES, travellerInput()).expect(401);
    await officer.get(PROFILES).expect(401);
  });
});
