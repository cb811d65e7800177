import { completeDraft, signedInApplicant } from '../../test/factories';
import { ApiClient } from '../../test/api-client';

const DECLARATIONS = '/api/applicant/declarations';

describe('declaration access', () => {
  it("hides another applicant's declaration behind 404", async () => {
    const owner = await signedInApplicant();
    const other = await signedInApplicant();
    const created = await owner.client.post(DECLARATIONS, completeDraft()).expect(201);
    const id = created.body.id as string;

    const responses = await Promise.all([
      other.client.get(`${DECLARATIONS}/${id}`),
      other.client.put(`${DECLARATIONS}/${id}`, { version: 1, data: completeDraft() }),
      other.client.post(`${DECLARATIONS}/${id}/submit`, { version: 1 }),
      other.client.get(`${DECLARATIONS}/${id}/result.pdf`),
    ]);

    for (const response of responses) {
      expect(response.status).withContext(response.request.url).toBe(404);
      expect(response.body.type).toBe('/api/problems/not-found');
    }
  });

  it("leaves another applicant's declaration out of my list", async () => {
    const owner = await signedInApplicant();
    const other = await signedInApplicant();
    await owner.client.post(DECLARATIONS, completeDraft()).expect(201);

    const response = await other.client.get(DECLARATIONS).expect(200);

    expect(response.body.total).toBe(0);
  });

  it('answers a malformed id with 404', async () => {
    const { client } = await signedInApplicant();

    await client.get(`${DECLARATIONS}/not-a-uuid`).expect(404);
  });

  it('requires a session', async () => {
    const client = await ApiClient.create();

    await client.get(DECLARATIONS).expect(401);
    await client.post(DECLARATIONS, completeDraft()).expect(401);
  });

  it('hides the result PDF before issue', async () => {
    const { client } = await signedInApplicant();
    const created = await client.post(DECLARATIONS, completeDraft()).expect(201);

    await client.get(`${DECLARATIONS}/${created.body.id}/result.pdf`).expect(404);
  });
});
