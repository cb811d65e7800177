import type { Problem } from '@smartgate/shared-models';

import { signedInApplicant } from '../../test/factories';
import { BUSINESSES, businessRegistration } from './business.fixtures';

describe('business names with invisible characters', () => {
  it('treats invisible-only names as missing', async () => {
    const { client } = await signedInApplicant('en');

    const response = await client
      .post(BUSINESSES, businessRegistration({ name: '\u200b\u200b', contactName: '\u0301' }))
      .expect(400);

    expect((response.body as Problem).errors?.map((error) => `${error.path} ${error.code}`)).toEqual([
      'name required',
      'contactName required',
    ]);
  });

  it('drops a right-to-left override', async () => {
    const { client } = await signedInApplicant('en');

    const response = await client
      .post(BUSINESSES, businessRegistration({ name: 'Công ty TNHH \u202eABC\u202c' }))
      .expect(201);

    expect(response.body.name).toBe('Công ty TNHH ABC');
  });
});
