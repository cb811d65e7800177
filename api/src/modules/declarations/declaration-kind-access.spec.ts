import type { DeclarationView } from '@smartgate/shared-models';

import { signedInApplicant } from '../../test/factories';
import { BUSINESSES, joinBusiness, registeredBusiness } from '../businesses/business.fixtures';
import { cargoUrl, createdCargoDraft } from '../cargo-declarations/cargo-declaration.fixtures';

const DECLARATIONS = '/api/applicant/declarations';

describe('travel routes on a cargo declaration', () => {
  it('answer 404 to its filer, member or not', async () => {
    const administrator = await signedInApplicant('en');
    const staff = await signedInApplicant('en');
    const business = await registeredBusiness(administrator.client);
    await joinBusiness(administrator.client, business.id, {
      client: staff.client,
      email: staff.profile.email,
    });
    const member = { client: staff.client, applicantId: staff.profile.id, businessId: business.id };
    const draft = await createdCargoDraft(member);

    const whileMember = await travelRouteStatuses(staff.client, draft);
    await administrator.client.delete(`${BUSINESSES}/${business.id}/members/${staff.profile.id}`).expect(204);
    const afterLeaving = await travelRouteStatuses(staff.client, draft);
    const list = await staff.client.get(DECLARATIONS).expect(200);

    expect(whileMember).toEqual([404, 404, 404, 404, 404, 404]);
    expect(afterLeaving).toEqual([404, 404, 404, 404, 404, 404]);
    expect(list.body.total).toBe(0);
    const stored = await administrator.client
      .get(cargoUrl({ businessId: business.id }, draft.id))
      .expect(200);
    expect((stored.body as DeclarationView).version).toBe(draft.version);
    expect((stored.body as DeclarationView).data.travellers?.length).toBe(1);
  });
});

/** Calls every travel route on the declaration: read, save, submit, withdraw, repeat and result. */
async function travelRouteStatuses(
  client: Awaited<ReturnType<typeof signedInApplicant>>['client'],
  draft: DeclarationView,
): Promise<number[]> {
  const url = `${DECLARATIONS}/${draft.id}`;
  const responses = [
    await client.get(url),
    await client.put(url, { version: draft.version, data: {} }),
    await client.post(`${url}/submit`, { version: draft.version }),
    await client.post(`${url}/withdraw`, { version: draft.version }),
    await client.post(`${url}/repeat`, {}),
    await client.get(`${url}/result.pdf`),
  ];
  return responses.map((response) => response.status);
}
