import { QueryTypes } from 'sequelize';

import type { ApiClient } from '../../test/api-client';
import { signedInApplicant } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { BUSINESSES, joinBusiness, registeredBusiness } from './business.fixtures';

interface Administrator {
  client: ApiClient;
  id: string;
}

/** Registers a business with two administrators. */
async function businessWithTwoAdministrators(): Promise<{
  businessId: string;
  first: Administrator;
  second: Administrator;
}> {
  const first = await signedInApplicant('en');
  const second = await signedInApplicant('en');
  const business = await registeredBusiness(first.client);
  await joinBusiness(
    first.client,
    business.id,
    { client: second.client, email: second.profile.email },
    'administrator',
  );
  return {
    businessId: business.id,
    first: { client: first.client, id: first.profile.id },
    second: { client: second.client, id: second.profile.id },
  };
}

async function administratorCount(businessId: string): Promise<number> {
  const [row] = await testEnvironment().sequelize.query<{ count: string }>(
    `SELECT count(*) AS count FROM business_members WHERE business_id = :businessId AND role = 'administrator'`,
    { replacements: { businessId }, type: QueryTypes.SELECT },
  );
  return Number(row.count);
}

describe('concurrent business membership changes', () => {
  it('mutual removal: one wins, one 404', async () => {
    for (let round = 0; round < 3; round++) {
      const { businessId, first, second } = await businessWithTwoAdministrators();

      const responses = await Promise.all([
        first.client.delete(`${BUSINESSES}/${businessId}/members/${second.id}`),
        second.client.delete(`${BUSINESSES}/${businessId}/members/${first.id}`),
      ]);

      expect(responses.map((response) => response.status).sort()).toEqual([204, 404]);
      expect(await administratorCount(businessId)).toBe(1);
    }
  });

  it('invitation during its sender’s removal', async () => {
    for (let round = 0; round < 3; round++) {
      const { businessId, first, second } = await businessWithTwoAdministrators();

      const [invitation, removal] = await Promise.all([
        first.client.post(`${BUSINESSES}/${businessId}/invitations`, {
          email: `staff-${round}@example.vn`,
          role: 'staff',
        }),
        second.client.delete(`${BUSINESSES}/${businessId}/members/${first.id}`),
      ]);

      expect(removal.status).toBe(204);
      expect([201, 404]).toContain(invitation.status);
    }
  });
});
