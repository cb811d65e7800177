import type { BusinessView } from '@smartgate/shared-models';

import type { ApiClient } from '../../test/api-client';
import { signedInApplicant, travellerInput } from '../../test/factories';
import { BUSINESSES, joinBusiness, registeredBusiness } from './business.fixtures';

/** Lists every route under a business, each with a body that would pass validation. */
function businessRoutes(business: BusinessView, ids: { member: string; record: string }) {
  const base = `${BUSINESSES}/${business.id}`;
  return [
    ['GET', base, undefined],
    [
      'PUT',
      base,
      {
        name: 'X',
        address: 'X',
        contactName: 'X',
        contactPhone: '0912345678',
        contactEmail: 'a@b.vn',
        version: 1,
      },
    ],
    ['GET', `${base}/members`, undefined],
    ['DELETE', `${base}/members/${ids.member}`, undefined],
    ['GET', `${base}/invitations`, undefined],
    ['POST', `${base}/invitations`, { email: 'someone@example.vn' }],
    ['DELETE', `${base}/invitations/${ids.record}`, undefined],
    ['GET', `${base}/vehicles`, undefined],
    ['POST', `${base}/vehicles`, { vehicleType: 'truck', plateCountry: 'VNM', plateNumber: '81C-123.45' }],
    ['GET', `${base}/vehicles/${ids.record}`, undefined],
    [
      'PUT',
      `${base}/vehicles/${ids.record}`,
      { version: 1, vehicle: { vehicleType: 'truck', plateCountry: 'VNM', plateNumber: '81C-123.45' } },
    ],
    ['DELETE', `${base}/vehicles/${ids.record}?version=1`, undefined],
    ['GET', `${base}/drivers`, undefined],
    ['POST', `${base}/drivers`, travellerInput()],
    ['GET', `${base}/drivers/${ids.record}`, undefined],
    ['GET', `${base}/partners`, undefined],
    ['POST', `${base}/partners`, { name: 'Angkor Trading', address: 'Banlung, Ratanakiri', country: 'KHM' }],
    ['GET', `${base}/partners/${ids.record}`, undefined],
    ['PUT', `${base}/partners/${ids.record}`, { name: 'A', address: 'B', country: 'KHM', version: 1 }],
    ['DELETE', `${base}/partners/${ids.record}?version=1`, undefined],
  ] as const;
}

function send(client: ApiClient, method: string, path: string, body: unknown) {
  switch (method) {
    case 'GET':
      return client.get(path);
    case 'POST':
      return client.post(path, body);
    case 'PUT':
      return client.put(path, body);
    default:
      return client.delete(path);
  }
}

describe('business access', () => {
  let administrator: ApiClient;
  let administratorId: string;
  let business: BusinessView;
  let partnerId: string;

  beforeEach(async () => {
    const signedIn = await signedInApplicant('en');
    administrator = signedIn.client;
    administratorId = signedIn.profile.id;
    business = await registeredBusiness(administrator);
    const partner = await administrator
      .post(`${BUSINESSES}/${business.id}/partners`, {
        name: 'Angkor Trading',
        address: 'Banlung',
        country: 'KHM',
      })
      .expect(201);
    partnerId = partner.body.id as string;
  });

  it('answers 404 to a non-member on every route of the business', async () => {
    const { client: outsider } = await signedInApplicant('en');
    await registeredBusiness(outsider);

    for (const [method, path, body] of businessRoutes(business, {
      member: administratorId,
      record: partnerId,
    })) {
      const response = await send(outsider, method, path, body);
      expect(response.status).withContext(`${method} ${path}`).toBe(404);
    }
  });

  it('answers 404 for a malformed business id', async () => {
    await administrator.get(`${BUSINESSES}/not-a-uuid`).expect(404);
    await administrator.get(`${BUSINESSES}/not-a-uuid/vehicles`).expect(404);
  });

  it('answers 401 without a session', async () => {
    const { client } = await signedInApplicant('en');
    await client.post('/api/applicant/logout').expect(204);

    await client.get(`${BUSINESSES}/${business.id}`).expect(401);
  });

  it('keeps staff from managing members, invitations and the company details', async () => {
    const { client: staff, profile } = await signedInApplicant('en');
    await joinBusiness(administrator, business.id, { client: staff, email: profile.email });
    const base = `${BUSINESSES}/${business.id}`;

    const attempts: [string, PromiseLike<{ status: number; body: { detail?: string } }>][] = [
      ['remove a member', staff.delete(`${base}/members/${administratorId}`)],
      ['list invitations', staff.get(`${base}/invitations`)],
      ['invite', staff.post(`${base}/invitations`, { email: 'friend@example.vn' })],
      [
        'edit the company',
        staff.put(base, {
          name: 'X',
          address: 'X',
          contactName: 'X',
          contactPhone: '0912345678',
          contactEmail: 'a@b.vn',
          version: 1,
        }),
      ],
    ];

    for (const [action, attempt] of attempts) {
      const response = await attempt;
      expect(response.status).withContext(action).toBe(403);
      expect(response.body.detail).withContext(action).toContain("Only the company's administrator");
    }
  });

  it('lets staff keep the vehicles, drivers and partners', async () => {
    const { client: staff, profile } = await signedInApplicant('en');
    await joinBusiness(administrator, business.id, { client: staff, email: profile.email });

    await staff
      .post(`${BUSINESSES}/${business.id}/vehicles`, {
        vehicleType: 'truck',
        plateCountry: 'VNM',
        plateNumber: '81C-555.55',
      })
      .expect(201);
    await staff.get(`${BUSINESSES}/${business.id}/partners/${partnerId}`).expect(200);
  });

  it('keeps one business’s records out of another business’s routes', async () => {
    const other = await registeredBusiness(administrator);

    await administrator.get(`${BUSINESSES}/${other.id}/partners/${partnerId}`).expect(404);
    await administrator.delete(`${BUSINESSES}/${other.id}/partners/${partnerId}?version=1`).expect(404);
  });
});
